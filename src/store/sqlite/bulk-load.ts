// A new embedded graph written in one go (cadregraph generate, bench:api): the rows the store's
// own upserts would write, ids included, into a file of its own with what makes a first load fast.
// Nobody reads the file while it is written and only this load writes it, so the rows are planned
// without asking the database (bulk-plan.ts, possibly on another thread) and written as appends,
// many rows a statement; there is no journal file to keep, no sync to wait for and no foreign key
// to look up, the page cache may hold the whole working set, and every index and the name search
// are built once at the end, from sorted data. The file takes its final name only when complete:
// an interrupted load leaves the folder as it was (a crash means starting over).
import Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import { existsSync, linkSync, mkdirSync, readdirSync, unlinkSync } from 'fs';
import { availableParallelism } from 'os';
import { join, resolve } from 'path';
import { CadreError } from '../../model/errors';
import type { GraphBatch } from '../graph-batch';
import type { GraphLoad, UpsertResult } from '../graph-store';
import { prepareArticle } from '../upsert-plan';
import { BulkPlanner, EDGE_PARAMS, EdgeNumbering, EVIDENCE_PARAMS, NODE_PARAMS, insertRowsSql, insertShape, type InsertShape, type PlannedRows } from './bulk-plan';
import { storeError } from './errors';
import { GRAPH_FILE, writeSchema } from './open';
import { readStatements } from './statements';
import { SqliteStore } from './sqlite-store';

/** A load that also takes rows planned elsewhere (by a BulkPlanner of its own: one planner per load). */
export interface RowsLoad extends GraphLoad {
  writeRows(rows: PlannedRows): Promise<void>;
}

export const takesPlannedRows = (load: GraphLoad): load is RowsLoad => 'writeRows' in load;

/** Rows a statement: fewer statements to step through, at no more than a few hundred parameters each. */
const ROWS_A_STATEMENT = 64;
/** The page cache while the indexes are built: the size of a sorted run (4-64 MiB measured; 16 the least CPU). */
const SORT_CACHE_KIB = 16 * 1024;

class RowInserter {
  private readonly one: Statement;
  private readonly many: Statement;
  private readonly width: number;

  constructor(db: Database.Database, shape: InsertShape) {
    this.width = shape.columns.length;
    this.one = db.prepare(insertRowsSql(shape, 1));
    this.many = db.prepare(insertRowsSql(shape, ROWS_A_STATEMENT));
  }

  insert(values: unknown[]): void {
    const step = this.width * ROWS_A_STATEMENT;
    let i = 0;
    for (; i + step <= values.length; i += step) this.many.run(values.slice(i, i + step));
    for (; i < values.length; i += this.width) this.one.run(values.slice(i, i + this.width));
  }
}

/** The order the planner gives the values of the statements it does not take from the upserts. */
const PLANNED_ORDER: Record<string, string[]> = { 'load-node': NODE_PARAMS, 'load-edge': EDGE_PARAMS, 'load-evidence': EVIDENCE_PARAMS };

/** Writes planned rows (one transaction a group: a failed group leaves nothing of itself). */
class RowWriter {
  private readonly sql = readStatements();
  private readonly inserters = new Map<string, RowInserter>();
  private readonly statements = new Map<string, Statement>();
  private readonly edges = new EdgeNumbering();

  constructor(private readonly db: Database.Database) {}

  private inserter(name: string): RowInserter {
    let inserter = this.inserters.get(name);
    if (!inserter) {
      const shape = insertShape(name, this.sql.get(name)!);
      const order = PLANNED_ORDER[name];
      if (order && shape.params.join() !== order.join()) throw new Error(`sql/${name}.sql must take ${order.join(', ')} in this order`);
      this.inserters.set(name, (inserter = new RowInserter(this.db, shape)));
    }
    return inserter;
  }

  private statement(name: string): Statement {
    let s = this.statements.get(name);
    if (!s) this.statements.set(name, (s = this.db.prepare(this.sql.get(name)!)));
    return s;
  }

  write(rows: PlannedRows): void {
    const { nodes, edges, evidence } = this.edges.number(rows.rels);
    this.db.transaction(() => {
      for (const [name, values] of rows.nodes) this.inserter(name).insert(values);
      for (const [name, params] of rows.fills) this.statement(name).run(params);
      this.inserter('load-node').insert(nodes);
      this.inserter('load-edge').insert(edges);
      this.inserter('load-evidence').insert(evidence);
      for (const [event, source] of rows.events) {
        this.statement('upsert-event').run(event);
        this.statement('insert-event-source').run(source);
      }
    })();
  }
}

/**
 * A load killed before it finished leaves its file (graph.sqlite.<pid>.load) and nothing else: a load
 * writes no log, so what it wrote cannot be resumed. The next load deletes those of processes that are
 * gone, and leaves a running one's alone.
 */
function removeDeadLoads(dir: string): void {
  const prefix = `${GRAPH_FILE}.`;
  for (const name of readdirSync(dir)) {
    const pid = name.startsWith(prefix) && name.endsWith('.load') ? name.slice(prefix.length, -'.load'.length) : '';
    if (/^\d+$/.test(pid) && !alive(Number(pid))) unlinkSync(join(dir, name));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function startSqliteLoad(dataDir: string): RowsLoad {
  const dir = resolve(dataDir);
  const file = join(dir, GRAPH_FILE);
  if (existsSync(file) || existsSync(join(dir, 'graph.kuzu'))) {
    throw new CadreError('BAD_INPUT', `the data folder ${dir} already holds a graph: generating writes a new one, so pick an empty folder with --data`);
  }
  mkdirSync(dir, { recursive: true });
  removeDeadLoads(dir);
  const tmp = `${file}.${process.pid}.load`;
  const db = new Database(tmp);
  let store: SqliteStore;
  let rowWriter: RowWriter;
  let deferred: string[];
  try {
    // The rollback journal stays in memory (OFF is refused by better-sqlite3's defensive mode,
    // and a failed group still rolls back).
    db.pragma('journal_mode = MEMORY');
    db.pragma('synchronous = OFF');
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('temp_store = MEMORY');
    db.pragma(`cache_size = ${-1024 * 1024}`);
    // The plan's rows refer to one another by construction; a lookup a row would only slow the load.
    db.pragma('foreign_keys = OFF');
    writeSchema(db);
    const indexes = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL").all() as Array<{ name: string; sql: string }>;
    deferred = indexes.map((i) => i.sql);
    for (const i of indexes) db.exec(`DROP INDEX ${i.name}`);
    store = new SqliteStore(db, tmp, { checkpoints: false });
    rowWriter = new RowWriter(db);
  } catch (e) {
    db.close();
    unlinkSync(tmp);
    throw storeError(e, tmp);
  }
  const abort = async () => {
    if (db.open) db.close();
    if (existsSync(tmp)) unlinkSync(tmp);
  };
  /** Who plans the rows: this load (upserts), or a planner elsewhere (writeRows); never both. */
  let planner: BulkPlanner | 'elsewhere' | null = null;
  /** A group that failed leaves the plan ahead of the file: nothing more is written. */
  let failed: unknown = null;
  const write = (rows: PlannedRows) => {
    if (failed) throw failed;
    try {
      rowWriter.write(rows);
    } catch (e) {
      failed = storeError(e, tmp);
      throw failed;
    }
  };
  const upsertBatches = (batches: GraphBatch[]): Promise<UpsertResult[]> => {
    try {
      if (planner === 'elsewhere') throw new Error('this load writes rows planned elsewhere: it takes no upserts');
      planner ??= new BulkPlanner();
      const { rows, results } = planner.plan(batches);
      write(rows);
      return Promise.resolve(results);
    } catch (e) {
      return Promise.reject(e);
    }
  };
  return {
    upsertArticles: (facts) => upsertBatches(facts.map(prepareArticle)),
    upsertBatches,
    writeRows(rows) {
      try {
        if (planner instanceof BulkPlanner) throw new Error('this load plans its own rows (upserts): it takes no rows planned elsewhere');
        planner = 'elsewhere';
        write(rows);
        return Promise.resolve();
      } catch (e) {
        return Promise.reject(e);
      }
    },
    async finish() {
      try {
        // The sorts of CREATE INDEX on every core. SQLite sorts on helper threads only runs it
        // writes to temporary files (SQLite's temp folder, /var/tmp), one per cache's worth: never
        // with the temp store in memory or a cache that holds the whole sort (the load's), which
        // sorted everything in this thread, in one long list. Sorted in runs, the index builds of
        // the benchmark graph cost 35 s of CPU instead of 46, 16 of them on this thread (BENCHMARKS.md, gen3).
        db.pragma('temp_store = FILE');
        db.pragma(`cache_size = ${-SORT_CACHE_KIB}`);
        db.pragma(`threads = ${availableParallelism()}`);
        for (const sql of deferred) db.exec(sql);
        db.exec(readStatements().get('index-all-names')!);
        // The planner's statistics, from a sample of each index (1.3 s for the benchmark graph):
        // without them it reads the holders of a title by scanning every HOLDS relationship
        // (65 ms instead of 3), and a load writes no rows through the store, whose close would
        // otherwise gather them.
        db.pragma('analysis_limit = 1000');
        db.exec('ANALYZE');
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
