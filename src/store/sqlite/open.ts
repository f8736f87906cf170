// Opens (or creates) graph.sqlite in a data folder: WAL, so that one process writes while others
// read; a busy timeout, so that a second writer waits its turn; foreign keys on. A folder made by
// an earlier version, an empty or damaged file, or a newer schema get one line and are left as
// they are.
import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, linkSync, mkdirSync, statSync, unlinkSync } from 'fs';
import { join, resolve } from 'path';
import { CadreError } from '../../model/errors';
import { storeError } from './errors';
import { readStatements } from './statements';
import { SqliteStore } from './sqlite-store';

export const GRAPH_FILE = 'graph.sqlite';
/**
 * PRAGMA user_version of the schema in sql/schema.sql. A file of an earlier version is brought up
 * to it on open by sql/migrate-<version>.sql, each version's step from the one before.
 */
export const SCHEMA_VERSION = 4;

export interface SqliteOptions {
  /** How long a writer waits for another process's write to finish before giving up. */
  busyTimeoutMs?: number;
}

const DEFAULT_BUSY_TIMEOUT_MS = 10_000;
/** Files up to this size are checked whole on open (PRAGMA quick_check, about 10 ms per MB). */
const FULL_CHECK_MAX_BYTES = 256 * 2 ** 20;

export function busyTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CADREGRAPH_BUSY_TIMEOUT_MS;
  if (raw === undefined || raw === '') return DEFAULT_BUSY_TIMEOUT_MS;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 0) throw new CadreError('BAD_INPUT', `CADREGRAPH_BUSY_TIMEOUT_MS must be a whole number of milliseconds, not ${JSON.stringify(raw)}`);
  return ms;
}

export function openSqliteStore(dataDir: string, options: SqliteOptions = {}): SqliteStore {
  const dir = resolve(dataDir);
  const file = join(dir, GRAPH_FILE);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new CadreError('STORE_UNAVAILABLE', `cannot create the data folder ${dir}: ${(e as Error).message}`);
  }
  try {
    // SQLite writes its journal beside the graph even to read it (WAL).
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw new CadreError('STORE_UNAVAILABLE', `the data folder ${dir} cannot be written (${(e as NodeJS.ErrnoException).code ?? 'read-only'}): cadregraph keeps its journal beside the graph even to read it; make the folder writable, or copy it to a writable disk and use --data`);
  }
  if (!existsSync(file) && existsSync(join(dir, 'graph.kuzu'))) {
    throw new CadreError('STORE_UNAVAILABLE', `the data folder ${dir} holds a graph made by an earlier version of cadregraph (Kùzu, graph.kuzu), which this version cannot read: ingest the articles again into a new data folder (nothing was deleted)`);
  }
  if (!existsSync(file)) createGraphFile(file);
  else if (statSync(file).size === 0) {
    throw new CadreError('STORE_UNAVAILABLE', `the graph file ${file} is empty (0 bytes), not a cadregraph graph: move it away (a new one is made) or use --data to pick another folder`);
  }

  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true, timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS });
    db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL loses at most the last commits on a power cut, never consistency.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -65536');
    // quick_check reads every page (26 s for a 2.6 GB graph): on a large file the header and
    // schema are read only, and damage elsewhere is reported in one line when a read meets it.
    const check = statSync(file).size <= FULL_CHECK_MAX_BYTES ? db.pragma('quick_check', { simple: true }) : (db.prepare('SELECT count(*) FROM sqlite_schema').get(), 'ok');
    if (check !== 'ok') throw new CadreError('STORE_UNAVAILABLE', `the graph file ${file} is damaged (quick_check: ${String(check).split('\n')[0]}): restore it from a copy, or ingest the articles again into a new data folder`);
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > SCHEMA_VERSION) {
      throw new CadreError('STORE_UNAVAILABLE', `the graph file ${file} was made by a newer version of cadregraph (schema ${version}; this one reads ${SCHEMA_VERSION}): update cadregraph`);
    }
    if (version < 1) throw new CadreError('STORE_UNAVAILABLE', `${file} is an SQLite database but not a cadregraph graph: move it away or use --data to pick another folder`);
    if (version < SCHEMA_VERSION) migrate(db);
    return new SqliteStore(db, file);
  } catch (e) {
    db?.close();
    throw storeError(e, file);
  }
}

/**
 * A new graph is built beside its final name and linked into place, which fails if another
 * process got there first: nobody ever opens a half-made file.
 */
function createGraphFile(file: string): void {
  const tmp = `${file}.${process.pid}.new`;
  const db = new Database(tmp);
  try {
    db.pragma('journal_mode = WAL');
    writeSchema(db);
  } finally {
    db.close();
  }
  try {
    linkSync(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new CadreError('STORE_UNAVAILABLE', `cannot create ${file}: ${(e as Error).message}`);
  } finally {
    unlinkSync(tmp);
  }
}

/**
 * Brings a file of an earlier schema to this one, in place, in one write transaction: another
 * process sees the old schema or the new one, never a step of it, and a failure (a full disk)
 * leaves the file as it was. The version is read again under the write lock, so two processes
 * opening the same old file migrate it once.
 */
function migrate(db: Database.Database): void {
  const statements = readStatements();
  // Schema 4 rebuilds evidence to refer to rel (SQLite's table-rebuild procedure), which foreign
  // keys would refuse halfway; they change only outside a transaction. The rows move as they were
  // (every relationship's ends are numbered first), so nothing refers to anything missing after.
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      const from = Number(db.pragma('user_version', { simple: true }));
      for (let v = from + 1; v <= SCHEMA_VERSION; v++) db.exec(statements.get(`migrate-${v}`)!);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    }).immediate();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

/** The tables and indexes of sql/schema.sql, and its version, in a new database. */
export function writeSchema(db: Database.Database): void {
  db.exec(readStatements().get('schema')!);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
}
