// Prints, as JSON, the files `npm run codegen` would write for the dashboard, without writing
// them. Run in its own process (by generated-types.test.ts): the generator is ESM, jest is not.
import { generate } from '@graphql-codegen/cli';
import { DASHBOARD_DOCUMENTS, DASHBOARD_TYPES, GENERATED_HEADER, dashboardTypes } from '../../codegen';

generate({ schema: 'schema/*.graphql', silent: true, generates: { [DASHBOARD_TYPES]: { ...dashboardTypes, documents: DASHBOARD_DOCUMENTS } } }, false)
  .then((outputs: Array<{ filename: string; content: string }>) => {
    const files = Object.fromEntries(outputs.map((o) => [o.filename.replace(/^.*src\/dashboard\/gql\//, ''), `${GENERATED_HEADER}\n${o.content}`]));
    process.stdout.write(JSON.stringify(files));
  })
  .catch((e: Error) => {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  });
