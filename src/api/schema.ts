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

/** "2024-02-30" has the form of a date and names none. */
function calendarDate(v: string): string {
  const d = new Date(`${v}T00:00:00Z`);
  if (!ISO_DATE.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
    throw new TypeError(ISO_DATE.test(v) ? `${v} is not a calendar date` : `a Date is written YYYY-MM-DD (got ${JSON.stringify(v)})`);
  }
  return v;
}

/** Dates as the articles give them: YYYY-MM-DD, or --MM-DD when the year is unknown. */
const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD ("--MM-DD" when an article gives no year)',
  serialize: (v) => String(v),
  parseValue: (v) => {
    if (typeof v !== 'string') throw new TypeError(`a Date is written YYYY-MM-DD (got ${JSON.stringify(v)})`);
    return calendarDate(v);
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('a Date is written "YYYY-MM-DD"');
    return calendarDate(ast.value);
  },
});

export function buildSchema() {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: { ...resolvers, Date: DateScalar } as never });
}
