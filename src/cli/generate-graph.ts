// `cadregraph generate --people --meetings` on two threads: one plans the graph (the meetings'
// facts turned into graph batches, and for a new embedded graph into the rows to append,
// graph-worker.ts), the other, this one, writes them into the store as they come, in the order
// planned, so the graph is the one generateGraph writes on one thread (tests/generate/graph.test.ts).
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GeneratedGraph, GraphOptions, GraphSize } from '../generate/graph';
import { CadreError, type ErrorCode } from '../model/errors';
import type { GraphBatch } from '../store/graph-batch';
import type { GraphLoad } from '../store/graph-store';
import type { PlannedRows } from '../store/sqlite/bulk-plan';
import { takesPlannedRows, type RowsLoad } from '../store/sqlite/bulk-load';

export interface GraphWorkerData {
  size: GraphSize;
  group: number;
  /** Groups the planner may be ahead of the writer. */
  ahead: number;
  /** [groups written]: the writer counts, the planner waits on it. */
  written: Int32Array;
  /** Plan the rows themselves (a new embedded graph), not only the batches. */
  planRows: boolean;
}

export type GraphWorkerMessage =
  | { batches: GraphBatch[] }
  | { rows: PlannedRows }
  | { progress: [articles: number, meetings: number] }
  | { made: GeneratedGraph }
  | { error: { code: ErrorCode | null; message: string } };

/** Articles a message: batches for a store's upserts; planned rows, one transaction each, in smaller groups (see below). */
const GROUP = 1000;
/**
 * A group of planned rows arrives on this thread all at once and outlived its young generation
 * at 1,000 articles (350 MB copied out at 1/10 scale, 45 MB at 250); the smaller transactions
 * left the whole process's CPU no higher.
 */
const ROWS_GROUP = 250;
/** Articles the planner may be ahead of the writer, about. */
const AHEAD_ARTICLES = 3000;

/**
 * The planner's young generation (V8's default is 48 MB): a step's facts and batches die in it
 * instead of being copied out, at 4 times the size (graph-worker.ts).
 */
const YOUNG_GENERATION_MB = 192;

// Built, the worker is a sibling .js file; from the sources (jest, tsx) it is compiled by tsx.
function startWorker(data: GraphWorkerData): Worker {
  const options = { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } };
  if (__filename.endsWith('.js')) return new Worker(join(__dirname, 'graph-worker.js'), options);
  const entry = JSON.stringify(join(__dirname, 'graph-worker.ts'));
  return new Worker(`require('tsx/cjs/api').register(); require(${entry});`, { ...options, eval: true });
}

export function generateGraphInto(size: GraphSize, load: GraphLoad, options: GraphOptions = {}): Promise<GeneratedGraph> {
  const { onProgress } = options;
  const written = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const planRows = takesPlannedRows(load);
  const group = options.group ?? (planRows ? ROWS_GROUP : GROUP);
  const worker = startWorker({ size, group, ahead: Math.max(2, Math.round(AHEAD_ARTICLES / group)), written, planRows });
  return new Promise<GeneratedGraph>((resolve, reject) => {
    /** Set once the outcome is known (failed, or done). */
    let failed = false;
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      void worker.terminate();
      reject(e);
    };
    // A write is synchronous: the messages after it wait, so groups are written in the order planned.
    worker.on('message', (m: GraphWorkerMessage) => {
      if (failed) return;
      if ('batches' in m || 'rows' in m) {
        const wrote = 'rows' in m ? (load as RowsLoad).writeRows(m.rows) : load.upsertBatches(m.batches);
        wrote.then(() => {
          Atomics.add(written, 0, 1);
          Atomics.notify(written, 0);
        }, fail);
      } else if ('progress' in m) onProgress?.(...m.progress);
      else if ('made' in m) {
        failed = true; // done: the thread's exit is no failure
        void worker.terminate();
        resolve(m.made);
      }
      else fail(m.error.code ? new CadreError(m.error.code, m.error.message) : new Error(m.error.message));
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the graph planner stopped (exit code ${code})`)));
  });
}
