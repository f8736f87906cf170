// A new embedded graph written in one go (cadregraph generate, bench:api): the store's own
// upserts, so the graph is the one ingestion would build, into a file of its own with what
// makes a first load fast. Nobody reads the file while it is written, so there is no journal
// file to keep and no sync to wait for, the page cache may hold the whole working set, and the
// indexes (but the one writes find relationships with) and the name search are built once at
// the end, from sorted data (graph-writer.ts, `bulk`). The file takes its final name only when
// complete: an interrupted load leaves the folder as it was.
import Database from 'better-sqlite3';
import { existsSync, linkSync, mkdirSync, unlinkSync } from 'fs';
import { availableParallelism } from 'os';
import { join, resolve } from 'path';
import { CadreError } from '../../model/errors';
import type { GraphLoad } from '../graph-store';
import { storeError } from './errors';
import { GRAPH_FILE, writeSchema } from './open';
import { readStatements } from './statements';
import { SqliteStore } from './sqlite-store';

/** The index the writer finds relationships with (and that keeps them unique) stays. */
const USED_BY_WRITES = new Set(['edge_out']);

export function startSqliteLoad(dataDir: string): GraphLoad {
  const dir = resolve(dataDir);
  const file = join(dir, GRAPH_FILE);
  if (existsSync(file) || existsSync(join(dir, 'graph.kuzu'))) {
    throw new CadreError('BAD_INPUT', `the data folder ${dir} already holds a graph: generating writes a new one, so pick an empty folder with --data`);
  }
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.load`;
  const db = new Database(tmp);
  let store: SqliteStore;
  let deferred: string[];
  try {
    // The rollback journal stays in memory (OFF is refused by better-sqlite3's defensive mode,
    // and a failed group still rolls back).
    db.pragma('journal_mode = MEMORY');
    db.pragma('synchronous = OFF');
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('temp_store = MEMORY');
    db.pragma(`cache_size = ${-1024 * 1024}`);
    writeSchema(db);
    const indexes = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL").all() as Array<{ name: string; sql: string }>;
    deferred = indexes.filter((i) => !USED_BY_WRITES.has(i.name)).map((i) => i.sql);
    for (const i of indexes) if (!USED_BY_WRITES.has(i.name)) db.exec(`DROP INDEX ${i.name}`);
    store = new SqliteStore(db, tmp, { bulk: true });
  } catch (e) {
    db.close();
    unlinkSync(tmp);
    throw storeError(e, tmp);
  }
  const abort = async () => {
    if (db.open) db.close();
    if (existsSync(tmp)) unlinkSync(tmp);
  };
  return {
    upsertArticles: (facts) => store.upsertArticles(facts),
    upsertBatches: (batches) => store.upsertBatches(batches),
    async finish() {
      try {
        // The sorts of CREATE INDEX on every core.
        db.pragma(`threads = ${availableParallelism()}`);
        for (const sql of deferred) db.exec(sql);
        db.exec(readStatements().get('index-all-names')!);
        const stats = await store.stats();
        db.pragma('locking_mode = NORMAL');
        db.pragma('journal_mode = WAL');
        await store.close();
        linkSync(tmp, file);
        unlinkSync(tmp);
        return stats;
      } catch (e) {
        await abort();
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new CadreError('CONFLICT', `another process made a graph in ${dir} while this one was generated: nothing was written`);
        throw storeError(e, file);
      }
    },
    abort,
  };
}
