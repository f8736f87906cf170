// Entry of the thread that plans a generated graph (generate-graph.ts): the population's
// meetings as articles' facts, turned into graph batches and, for a new embedded graph, into the
// very rows to append (bulk-plan.ts), handed to the writer a group at a time, at most a few
// groups ahead of it.
import { parentPort, workerData } from 'node:worker_threads';
import { generateGraph } from '../generate/graph';
import { isCadreError } from '../model/errors';
import { buildGraphBatch, factsJsonHash } from '../store/graph-batch';
import { BulkPlanner } from '../store/sqlite/bulk-plan';
import type { GraphWorkerData, GraphWorkerMessage } from './generate-graph';

const { size, group, ahead, written, planRows } = workerData as GraphWorkerData;
const port = parentPort!;
const send = (m: GraphWorkerMessage) => port.postMessage(m);
let sent = 0;
const planner = planRows ? new BulkPlanner() : null;

generateGraph(size, async (facts, json) => {
  // prepareArticle's batches, the facts' JSON made by the generator.
  const batches = facts.map((f, i) => buildGraphBatch(f, factsJsonHash(json[i])));
  const planned = planner?.plan(batches);
  // Groups not yet written by the writer: wait while it is `ahead` behind.
  for (let done = Atomics.load(written, 0); sent - done >= ahead; done = Atomics.load(written, 0)) Atomics.wait(written, 0, done, 1000);
  sent++;
  if (planned) {
    send({ rows: planned.rows });
    return planned.results;
  }
  send({ batches });
  // Each article is new to the graph (its id comes from its meeting plan): its meetings are those of its batch.
  return batches.map((b) => ({ meetingIds: b.meetings.map((m) => m.id) }));
}, { group, onProgress: (articles, meetings) => send({ progress: [articles, meetings] }) }).then(
  (made) => send({ made }),
  (e) => send({ error: { code: isCadreError(e) ? e.code : null, message: (e as Error).message } }),
);
