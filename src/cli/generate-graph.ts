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

const GROUP = 1000;
const AHEAD = 3;

// Built, the worker is a sibling .js file; from the sources (jest, tsx) it is compiled by tsx.
function startWorker(data: GraphWorkerData): Worker {
  if (__filename.endsWith('.js')) return new Worker(join(__dirname, 'graph-worker.js'), { workerData: data });
  const entry = JSON.stringify(join(__dirname, 'graph-worker.ts'));
  return new Worker(`require('tsx/cjs/api').register(); require(${entry});`, { eval: true, workerData: data });
}

export function generateGraphInto(size: GraphSize, load: GraphLoad, options: GraphOptions = {}): Promise<GeneratedGraph> {
  const { onProgress } = options;
  const written = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const worker = startWorker({ size, group: options.group ?? GROUP, ahead: AHEAD, written, planRows: takesPlannedRows(load) });
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
