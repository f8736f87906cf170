// The server loads graphql-js in production mode unless NODE_ENV says otherwise (its development
// guard re-checks every type test), and leaves NODE_ENV as it found it for everything else.
import { execFileSync } from 'child_process';
import { ROOT } from '../helpers/cli';

const PROBE = `require('./src/server');
const { instanceOf } = require('graphql/jsutils/instanceOf.js');
process.stdout.write(JSON.stringify({ guard: String(instanceOf).includes('toStringTag'), env: process.env.NODE_ENV ?? null }));`;

function probe(nodeEnv: string | undefined) {
  const env = { ...process.env };
  delete env.NODE_ENV;
  if (nodeEnv !== undefined) env.NODE_ENV = nodeEnv;
  return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '-e', PROBE], { cwd: ROOT, env, encoding: 'utf8' }));
}

it('without NODE_ENV: graphql in production mode, NODE_ENV still unset', () => {
  expect(probe(undefined)).toEqual({ guard: false, env: null });
});

it('NODE_ENV=development or test keeps graphql-js development guard', () => {
  expect(probe('development')).toEqual({ guard: true, env: 'development' });
  expect(probe('test')).toEqual({ guard: true, env: 'test' });
});
