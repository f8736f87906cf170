// The executable schema: the SDL of schema/ (the contract) with the resolvers.
import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLScalarType, Kind } from 'graphql';
import { resolvers } from './resolvers';

/** schema/ at the repository root, from src/ (tests) or dist/ (CLI). */
export const SCHEMA_DIR = resolve(__dirname, '..', '..', 'schema');

export function loadTypeDefs(dir = SCHEMA_DIR): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Dates as the articles give them: YYYY-MM-DD, or --MM-DD when the year is unknown. */
const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD ("--MM-DD" when an article gives no year)',
  serialize: (v) => String(v),
  parseValue: (v) => {
    if (typeof v !== 'string' || !ISO_DATE.test(v)) throw new TypeError(`a Date is written YYYY-MM-DD (got ${JSON.stringify(v)})`);
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !ISO_DATE.test(ast.value)) throw new TypeError('a Date is written "YYYY-MM-DD"');
    return ast.value;
  },
});

export function buildSchema() {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: { ...resolvers, Date: DateScalar } as never });
}
