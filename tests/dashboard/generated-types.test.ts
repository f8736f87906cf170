// The dashboard's GraphQL types are generated from the SDL and its documents (npm run codegen):
// this fails when schema/*.graphql or a query in src/dashboard changed and the files in
// src/dashboard/gql/ were not generated again, or when one of them was edited by hand.
import { execFileSync } from 'child_process';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { ROOT } from '../helpers/cli';

it('src/dashboard/gql/ is what `npm run codegen` makes from the schema and the queries', () => {
  const out = execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(__dirname, 'codegen-outputs.ts')], { cwd: ROOT, encoding: 'utf8' });
  const expected: Record<string, string> = JSON.parse(out);
  const dir = join(ROOT, 'src', 'dashboard', 'gql');
  const actual = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const name of Object.keys(expected)) expect({ name, content: actual[name] }).toEqual({ name, content: expected[name] });
  expect(expected['graphql.ts']).toContain('export type PersonQuery');
}, 60_000);
