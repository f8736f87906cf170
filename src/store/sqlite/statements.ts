// The SQL the SQLite store sends: one statement per file in sql/, prepared once per connection.
// Values only ever travel as named parameters. A filter line of a finder ("  AND ... :param ...")
// is left out when its parameter is null, so that each combination of filters is a constant
// statement the planner can serve from an index (an "(:p IS NULL OR x = :p)" cannot be).
import type { Database, Statement } from 'better-sqlite3';
import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { fillSlots, type Slots } from '../slots';

export type { Slots } from '../slots';

/** The statements stay in src/ (tsc copies no .sql): found from src/ (tests) and dist/ (CLI) alike. */
export const SQL_DIR = resolve(__dirname, '..', '..', '..', 'src', 'store', 'sqlite', 'sql');

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

const stripComments = (text: string) =>
  text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n')
    .trim();

export function readStatements(dir = SQL_DIR): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir)) if (f.endsWith('.sql')) out.set(f.slice(0, -4), stripComments(readFileSync(join(dir, f), 'utf8')));
  return out;
}

const OPTIONAL_LINE = /^\s+AND .*?:(\w+)/;

/** The statement without the filter lines whose parameter is null. */
export function withFilters(text: string, params: Params): string {
  return text
    .split('\n')
    .filter((line) => {
      const m = OPTIONAL_LINE.exec(line);
      return !m || (params[m[1]] !== null && params[m[1]] !== undefined);
    })
    .join('\n');
}

/** "SELECT ... FROM ... ORDER BY ... LIMIT ..." of a finder, as the count of what it finds. */
export function countVariant(text: string): string {
  const from = text.search(/^FROM /m);
  const order = text.lastIndexOf('\nORDER BY ');
  if (from < 0 || order < 0) throw new Error('finder statement without FROM or ORDER BY at the start of a line');
  return `SELECT count(*) AS total\n${text.slice(from, order)}`;
}

/** Parameters as SQLite binds them: lists as JSON (read with json_each), flags as 0/1, no undefined. */
export function bind(params: Params): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params)) out[k] = bindValue(v);
  return out;
}

export const bindValue = (v: unknown): unknown => (v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : Array.isArray(v) ? JSON.stringify(v) : v);

export class Statements {
  private readonly texts = readStatements();
  private readonly prepared = new Map<string, Statement>();

  constructor(private readonly db: Database) {}

  has(name: string): boolean {
    return this.texts.has(name);
  }

  /** The statement, with its {{NAME}} slots filled from `slots` (fixed SQL of this folder's tables, never values). */
  text(name: string, slots: Slots = {}): string {
    const t = this.texts.get(name);
    if (t === undefined) throw new Error(`no SQL statement named ${name} in ${SQL_DIR}`);
    return fillSlots(t, slots);
  }

  private statement(sql: string): Statement {
    let s = this.prepared.get(sql);
    if (!s) this.prepared.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  all(name: string, params: Params = {}, slots: Slots = {}): Row[] {
    return this.statement(withFilters(this.text(name, slots), params)).all(bind(params)) as Row[];
  }

  get(name: string, params: Params = {}): Row | undefined {
    return this.statement(withFilters(this.text(name), params)).get(bind(params)) as Row | undefined;
  }

  run(name: string, params: Params = {}) {
    return this.statement(this.text(name)).run(bind(params));
  }

  /** The number of rows finder `name` finds without its page. */
  count(name: string, params: Params, slots: Slots = {}): number {
    const row = this.statement(countVariant(withFilters(this.text(name, slots), params))).get(bind(params)) as Row | undefined;
    return Number(row?.total ?? 0);
  }
}
