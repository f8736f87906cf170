// Entry of the thread that plans a generated graph (generate-graph.ts): the population's
// meetings as articles' facts, turned into graph batches and, for a new embedded graph, into the
// very rows to append (bulk-plan.ts), handed to the writer a group at a time, at most a few
// groups ahead of it.
import { parentPort, workerData } from 'node:worker_threads';
import { generateGraph } from '../generate/graph';
import { isCadreError } from '../model/errors';
import { buildGraphBatch, factsJsonHash } from '../store/graph-batch';
import { BulkPlanner, emptyRows, type PlannedRows } from '../store/sqlite/bulk-plan';
import type { GraphWorkerData, GraphWorkerMessage } from './generate-graph';

const { size, group, ahead, written, planRows } = workerData as GraphWorkerData;
const port = parentPort!;
const send = (m: GraphWorkerMessage) => {
  // Groups not yet written by the writer: wait while it is `ahead` behind.
  for (let done = Atomics.load(written, 0); sent - done >= ahead; done = Atomics.load(written, 0)) Atomics.wait(written, 0, done, 1000);
  sent++;
  port.postMessage(m);
};
let sent = 0;
const planner = planRows ? new BulkPlanner() : null;
/** Rows planned and not yet sent, and of how many articles. */
let pending: PlannedRows = emptyRows();
let pendingArticles = 0;

/**
 * Rows are planned a few articles at a time (two steps a group at least) and sent once a group's
 * worth is pending: what a step makes (facts, batches) then dies young, where a whole group's
 * outlived the young generation (the collector took 4.2 s of this thread's 27 at 1/10 scale, now
 * 0.8: BENCHMARKS.md, branch gen3).
 */
const STEP = 100;

generateGraph(size, async (facts, json) => {
  // prepareArticle's batches, the facts' JSON made by the generator.
  const batches = facts.map((f, i) => buildGraphBatch(f, factsJsonHash(json[i])));
  if (planner) {
    const { results } = planner.plan(batches, pending);
    pendingArticles += batches.length;
    if (pendingArticles >= group) flush();
    return results;
  }
  send({ batches });
  // Each article is new to the graph (its id comes from its meeting plan): its meetings are those of its batch.
  return batches.map((b) => ({ meetingIds: b.meetings.map((m) => m.id) }));
}, { group: planner ? Math.min(STEP, Math.ceil(group / 2)) : group, onProgress: (articles, meetings) => port.postMessage({ progress: [articles, meetings] }) }).then(
  (made) => {
    if (pendingArticles) flush();
    port.postMessage({ made });
  },
  (e) => port.postMessage({ error: { code: isCadreError(e) ? e.code : null, message: (e as Error).message } }),
);

function flush(): void {
  send({ rows: pending });
  pending = emptyRows();
  pendingArticles = 0;
}
