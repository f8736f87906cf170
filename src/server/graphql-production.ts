// Imported before anything that loads graphql. Unless NODE_ENV says "production", graphql-js
// checks every type test twice (a guard against two copies of graphql in one process, chosen
// once when graphql is first loaded): 3% of the CPU of a list of 50 meetings with their chairs.
// The server runs on one copy (package-lock), so it loads graphql in production mode when no
// NODE_ENV asks otherwise, and puts NODE_ENV back: Apollo and everything else see what they saw.
// Tests (NODE_ENV=test) and development keep the guard.
const given = process.env.NODE_ENV;
if (given === undefined || given === '') {
  process.env.NODE_ENV = 'production';
  try {
    require('graphql');
  } finally {
    if (given === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = given;
  }
}
