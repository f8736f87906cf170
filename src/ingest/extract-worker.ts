// Entry of one extraction worker thread (see extract-pool.ts): builds the lexicon once, then
// extracts each article it is sent, one at a time, in the order sent. Article files are read as
// soon as they are sent (the reads run in libuv's pool while this thread extracts the articles
// before them), so the thread seldom waits for the disk.
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle, getLexicon } from '../extract';
import { adoptLexiconData } from '../lexicon';
import type { SourceItem } from '../sources/read-articles';
import type { WorkerData, WorkerReply, WorkerRequest } from './extract-pool';
import { packBatch } from './packed-batch';
import { prepared, readSource } from './prepare-article';

const { slot, epoch, lexicon } = workerData as WorkerData;
const port = parentPort!;

adoptLexiconData(lexicon);
getLexicon();
// The first article a thread reads costs ten times the next (the code is not yet compiled): read
// one before saying ready, so that a fresh worker's first article is not timed against the budget
// for that.
extractArticle({ file: 'warm-up.txt', text: 'Sáng 3/6/2024, đồng chí Lê Văn An, Bí thư Đảng ủy xã chủ trì hội nghị.', format: 'text', meta: {} });
port.postMessage({ ready: true } satisfies WorkerReply);

let previous: Promise<void> = Promise.resolve();
port.on('message', (request: WorkerRequest) => {
  const item: Promise<SourceItem> =
    'source' in request ? readSource(request.source).catch((e) => ({ file: request.source.file, error: oneLine(e) })) : Promise.resolve({ file: request.input.file, input: request.input });
  previous = previous.then(async () => answer(request, await item));
});

function answer(request: WorkerRequest, item: SourceItem): void {
  const { id } = request;
  if (!item.input) return port.postMessage({ id, error: item.error ?? 'unreadable' } satisfies WorkerReply);
  // The pool's watchdog reads this slot to time the article in hand, even while the main
  // thread is busy committing and cannot read messages.
  Atomics.store(slot, 1, Date.now() - epoch);
  Atomics.store(slot, 0, id);
  let reply: WorkerReply;
  let transfer: ArrayBuffer[] = [];
  try {
    const facts = extractArticle(item.input);
    if ('source' in request) {
      const { batch, facts: count } = prepared(facts);
      const packed = packBatch(batch);
      reply = { id, packed, facts: count };
      transfer = [packed.cells.buffer as ArrayBuffer];
    } else reply = { id, facts };
  } catch (e) {
    reply = { id, error: oneLine(e) };
  }
  Atomics.store(slot, 0, 0);
  try {
    port.postMessage(reply, transfer);
  } catch (e) {
    port.postMessage({ id, error: `facts could not be sent back: ${oneLine(e)}` } satisfies WorkerReply);
  }
}

function oneLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}
