// Sends Cypher to an embedded Kùzu database in a data folder. Only one process may open the
// folder: Kùzu holds a file lock, which we turn into a one-line STORE_LOCKED error.
import { mkdirSync } from 'fs';
import { resolve } from 'path';
import { Connection, Database, type KuzuValue, type PreparedStatement } from 'kuzu';
import { CadreError } from '../../model/errors';
import type { CypherRunner, Params, Row, Run } from '../cypher-store';

const MB = 1024 * 1024;
const READERS = 4;
// Kùzu keeps what a transaction changed in its buffer pool until a checkpoint (about 1 MB per
// stored article here), and its automatic checkpoint looks at the log size only: without
// checkpoints by volume, a long ingest fills the pool. Checkpoints cost seconds on a large
// graph, so not much more often than this.
const CHECKPOINT_EVERY_ARTICLES = 500;

export interface KuzuOptions {
  /** Buffer pool; Kùzu's default is most of the machine's memory, too much for tests and servers. */
  bufferPoolMb?: number;
  /** Log size that triggers a checkpoint. */
  checkpointMb?: number;
}

export class KuzuRunner implements CypherRunner {
  readonly dialect = 'kuzu' as const;
  // A Kùzu connection runs one statement at a time (concurrent calls crash it), so each has a
  // queue; reads spread over a few connections so that API requests run side by side.
  private readonly readers: Array<{ conn: Connection; queue: Promise<unknown>; pending: number }>;
  private writer: Connection;
  private readonly prepared = new Map<Connection, Map<string, Promise<PreparedStatement>>>();
  // Kùzu allows one write transaction at a time; callers queue here instead of failing.
  private writeQueue: Promise<unknown> = Promise.resolve();
  private writtenSinceCheckpoint = 0;

  private constructor(private readonly db: Database, readonly path: string) {
    this.readers = Array.from({ length: READERS }, () => ({ conn: new Connection(db), queue: Promise.resolve(), pending: 0 }));
    this.writer = new Connection(db);
  }

  static async open(dataDir: string, options: KuzuOptions = {}): Promise<KuzuRunner> {
    const path = resolve(dataDir);
    try {
      mkdirSync(path, { recursive: true });
    } catch (e) {
      throw new CadreError('STORE_UNAVAILABLE', `cannot create the data folder ${path}: ${(e as Error).message}`);
    }
    // Kùzu checkpoints whenever its log passes 16 MB by default, and a checkpoint rewrites what
    // changed: during a long ingest that became most of the time. A larger log is cheaper.
    const db = new Database(resolve(path, 'graph.kuzu'), (options.bufferPoolMb ?? 2048) * MB, true, false, undefined, true, (options.checkpointMb ?? 256) * MB);
    try {
      await db.init();
    } catch (e) {
      const message = (e as Error).message ?? String(e);
      if (/lock/i.test(message)) {
        throw new CadreError('STORE_LOCKED', `the data folder ${path} is in use by another cadregraph process (stop it, or use --data to pick another folder)`);
      }
      throw new CadreError('STORE_UNAVAILABLE', `cannot open the graph in ${path}: ${message.split('\n')[0]}`);
    }
    return new KuzuRunner(db, path);
  }

  private async exec(conn: Connection, query: string, params: Params = {}): Promise<Row[]> {
    for (const [k, v] of Object.entries(params)) {
      // Kùzu 0.11 crashes the process on an empty list parameter; callers skip those queries.
      if (Array.isArray(v) && v.length === 0) throw new Error(`empty list parameter $${k}`);
    }
    let cache = this.prepared.get(conn);
    if (!cache) this.prepared.set(conn, (cache = new Map()));
    const statement = cache.get(query) ?? conn.prepare(query);
    cache.set(query, statement);
    const ps = await statement;
    if (!ps.isSuccess()) {
      cache.delete(query);
      throw new Error(`Kùzu could not prepare a statement: ${ps.getErrorMessage()}`);
    }
    // Kùzu refuses parameters a statement does not use; the shared finders pass a fixed set.
    const used = Object.fromEntries(Object.entries(params).filter(([k]) => new RegExp(`\\$${k}\\b`).test(query)));
    const result = await conn.execute(ps, used as Record<string, KuzuValue>);
    const results = Array.isArray(result) ? result : [result];
    try {
      return (await results[results.length - 1].getAll()) as Row[];
    } finally {
      // Results left open keep native memory that Kùzu frees after the database: a crash at exit.
      for (const r of results) r.close();
    }
  }

  read: Run = (query, params) => {
    const reader = this.readers.reduce((a, b) => (b.pending < a.pending ? b : a));
    reader.pending++;
    const next = reader.queue.then(() => this.exec(reader.conn, query, params));
    reader.queue = next.catch(() => undefined).finally(() => reader.pending--);
    return next;
  };

  private async control(statement: string): Promise<void> {
    const result = await this.writer.query(statement);
    for (const r of Array.isArray(result) ? result : [result]) r.close();
  }

  command(query: string): Promise<Row[]> {
    const next = this.writeQueue.then(() => this.exec(this.writer, query));
    this.writeQueue = next.catch(() => undefined);
    return next;
  }

  transaction<T>(work: (run: Run) => Promise<T>, articles = 1): Promise<T> {
    const next = this.writeQueue.then(async () => {
      await this.control('BEGIN TRANSACTION');
      try {
        const out = await work((q, p) => this.exec(this.writer, q, p));
        await this.control('COMMIT');
        this.writtenSinceCheckpoint += articles;
        if (this.writtenSinceCheckpoint >= CHECKPOINT_EVERY_ARTICLES) {
          this.writtenSinceCheckpoint = 0;
          await this.control('CHECKPOINT');
        }
        return out;
      } catch (e) {
        // A connection whose rollback failed keeps refusing writes ("write-write conflict"):
        // start again on a fresh one so that the next article is not refused too.
        await this.control('ROLLBACK').catch(() => {
          this.prepared.delete(this.writer);
          this.writer = new Connection(this.db);
        });
        throw e;
      }
    });
    this.writeQueue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.writeQueue;
    // Statements and connections must go before the database, or Kùzu crashes on exit.
    this.prepared.clear();
    for (const r of this.readers) await r.queue;
    for (const r of this.readers) await r.conn.close();
    await this.writer.close();
    await this.db.close();
  }
}
