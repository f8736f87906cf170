// Extraction in worker threads, each with its own lexicon, under a time budget per article: of
// an article given as text (extract), or of an article file read and turned into its graph batch
// there too (prepare), so that the thread that writes only writes.
// Extraction is synchronous and some inputs cost far more than their size suggests, so an
// article that runs past the budget cannot be interrupted: its worker is terminated, the
// article fails with one line, and a fresh worker takes over the articles queued behind it.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ArticleInput } from '../extract';
import { lexiconData, type LexiconData } from '../lexicon';
import type { ArticleFacts } from '../model/facts';
import { unpackBatch, type PackedBatch } from './packed-batch';
import type { ArticleSource, PreparedArticle } from './prepare-article';

export const DEFAULT_TIME_BUDGET_MS = 5000;

export interface ExtractPoolOptions {
  /** Worker threads; at most one per core. Default: one per core. */
  workers?: number;
  /** Longest an article's extraction may take, in milliseconds. */
  timeBudgetMs?: number;
}

/** What a worker is given at start: where to say which article it is extracting and since when, and the lexicon this thread read. */
export interface WorkerData {
  /** [id of the article in hand (0: none), its start in ms after `epoch`] */
  slot: Int32Array;
  epoch: number;
  lexicon: LexiconData;
}
/** An article to extract (`input`), or an article file to read, extract and prepare (`source`). */
export type Work = { input: ArticleInput } | { source: ArticleSource };
export type WorkerRequest = Work & { id: number };
type Answer = { facts: ArticleFacts } | { prepared: PreparedArticle };
/** A prepared article travels packed (packed-batch.ts), with how many people and meetings it states. */
type Reply = { facts: ArticleFacts } | { packed: PackedBatch; facts: number };
export type WorkerReply = { ready: true } | ({ id: number } & Reply) | { id: number; error: string };

interface Job {
  id: number;
  work: Work;
  resolve: (answer: Answer) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  slot: Int32Array;
  /** Jobs sent to this worker, oldest first; it works through them in that order. */
  queue: Job[];
  ready: boolean;
}

export const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0];

export const defaultWorkerCount = (): number => availableParallelism();

// Built, the worker is a sibling .js file. From the TypeScript sources (jest, tsx), the worker
// compiles them with tsx as well, so tests and benchmarks run the code as it stands.
function startWorker(data: WorkerData): Worker {
  if (__filename.endsWith('.js')) return new Worker(join(__dirname, 'extract-worker.js'), { workerData: data });
  const entry = JSON.stringify(join(__dirname, 'extract-worker.ts'));
  return new Worker(`require('tsx/cjs/api').register(); require(${entry});`, { eval: true, workerData: data });
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly epoch = Date.now();
  private readonly budgetMs: number;
  private readonly watchdog: NodeJS.Timeout;
  private nextId = 1;
  /** Set when a worker could not start: every article then fails with this. */
  private broken: Error | null = null;
  private closed = false;

  private constructor(workers: number, budgetMs: number) {
    this.budgetMs = budgetMs;
    for (let i = 0; i < workers; i++) this.slots.push(this.spawn());
    // The budget is checked from the slots each worker writes, so a check that runs late (the
    // main thread was committing) still sees how long the article in hand has really taken.
    this.watchdog = setInterval(() => this.checkBudgets(), Math.min(250, Math.max(10, budgetMs / 5)));
    this.watchdog.unref();
  }

  /** Starts the workers and waits until each has its lexicon, so that start-up is not timed as extraction. */
  static async start(options: ExtractPoolOptions = {}): Promise<ExtractPool> {
    const workers = Math.max(1, Math.min(options.workers ?? defaultWorkerCount(), defaultWorkerCount()));
    const pool = new ExtractPool(workers, options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
    try {
      await Promise.all(pool.slots.map((s) => ready(s.worker)));
    } catch (e) {
      await pool.close();
      throw e;
    }
    return pool;
  }

  get size(): number {
    return this.slots.length;
  }

  /** The facts of one article; rejects with a one-line reason when extraction fails or runs past the budget. */
  extract(input: ArticleInput): Promise<ArticleFacts> {
    return this.submit({ input }).then((a) => (a as { facts: ArticleFacts }).facts);
  }

  /** An article file read, extracted and turned into its graph batch; rejects with a one-line reason (unreadable, as extract). */
  prepare(source: ArticleSource): Promise<PreparedArticle> {
    return this.submit({ source }).then((a) => (a as { prepared: PreparedArticle }).prepared);
  }

  private submit(work: Work): Promise<Answer> {
    if (this.closed) return Promise.reject(new Error('extraction pool is closed'));
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, work, resolve, reject };
      const s = this.slots.reduce((a, b) => (b.queue.length < a.queue.length ? b : a));
      this.send(s, job);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.watchdog);
    for (const s of this.slots) for (const job of s.queue.splice(0)) job.reject(new Error('extraction pool is closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const slot = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    const s: Slot = { worker: startWorker({ slot, epoch: this.epoch, lexicon: lexiconData() }), slot, queue: [], ready: false };
    s.worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        s.ready = true;
        return;
      }
      const i = s.queue.findIndex((j) => j.id === reply.id);
      if (i < 0) return;
      const [job] = s.queue.splice(i, 1);
      if ('error' in reply) job.reject(new Error(reply.error));
      else if ('packed' in reply) job.resolve({ prepared: { batch: unpackBatch(reply.packed), facts: reply.facts } });
      else job.resolve(reply);
    });
    // An uncaught error or an exit we did not ask for (out of memory, say) costs the article in
    // hand; a worker that cannot even start would fail the same way again, so the pool stops.
    const lost = (why: string) => (s.ready ? this.replace(s, `extraction worker failed: ${why}`) : this.fail(new Error(`extraction worker failed to start: ${why}`)));
    s.worker.on('error', (e) => lost(firstLine(e)));
    s.worker.on('exit', (code) => lost(`exited with code ${code}`));
    return s;
  }

  private send(s: Slot, job: Job): void {
    s.queue.push(job);
    s.worker.postMessage({ id: job.id, ...job.work } satisfies WorkerRequest);
  }

  private checkBudgets(): void {
    const now = Date.now() - this.epoch;
    for (const s of this.slots) {
      const id = Atomics.load(s.slot, 0);
      if (id !== 0 && now - Atomics.load(s.slot, 1) > this.budgetMs)
        this.replace(s, `extraction took longer than ${this.budgetMs / 1000} s (the time budget per article); skipped`, id);
    }
  }

  /** Fails the article in hand (or the oldest sent), then hands the rest to a new worker. */
  private replace(s: Slot, reason: string, id = Atomics.load(s.slot, 0)): void {
    const i = this.slots.indexOf(s);
    if (i < 0 || this.closed) return;
    s.worker.removeAllListeners();
    s.worker.on('error', () => undefined);
    void s.worker.terminate();
    const failed = id !== 0 ? s.queue.findIndex((j) => j.id === id) : 0;
    const [job] = failed >= 0 ? s.queue.splice(failed, 1) : [];
    job?.reject(new Error(reason));
    const fresh = this.spawn();
    this.slots[i] = fresh;
    for (const rest of s.queue) this.send(fresh, rest);
  }

  private fail(e: Error): void {
    if (this.closed || this.broken) return;
    this.broken = e;
    for (const s of this.slots) for (const job of s.queue.splice(0)) job.reject(e);
  }
}

function ready(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: WorkerReply) => {
      if ('ready' in m) done(null);
    };
    const onError = (e: Error) => done(e);
    const onExit = (code: number) => done(new Error(`exited with code ${code} before it was ready`));
    const done = (e: Error | null) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (e) reject(e);
      else resolve();
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}
