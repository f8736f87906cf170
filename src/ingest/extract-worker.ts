// Entry of one extraction worker thread (see extract-pool.ts): builds the lexicon once, then
// extracts each article it is sent, one at a time, in the order sent.
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle, getLexicon, type ArticleInput } from '../extract';
import type { WorkerData, WorkerReply, WorkerRequest } from './extract-pool';

const { slot, epoch } = workerData as WorkerData;
const port = parentPort!;

getLexicon();
port.postMessage({ ready: true } satisfies WorkerReply);

port.on('message', ({ id, input }: WorkerRequest) => {
  // The pool's watchdog reads this slot to time the article in hand, even while the main
  // thread is busy committing and cannot read messages.
  Atomics.store(slot, 1, Date.now() - epoch);
  Atomics.store(slot, 0, id);
  let reply: WorkerReply;
  try {
    reply = { id, facts: extractArticle(input as ArticleInput) };
  } catch (e) {
    reply = { id, error: oneLine(e) };
  }
  Atomics.store(slot, 0, 0);
  try {
    port.postMessage(reply);
  } catch (e) {
    port.postMessage({ id, error: `facts could not be sent back: ${oneLine(e)}` } satisfies WorkerReply);
  }
});

function oneLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}
