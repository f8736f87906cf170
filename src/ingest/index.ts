// Ingestion: read each article, extract its facts, store them. Reading, extraction and turning
// the facts into the rows of the graph (prepare-article.ts) run in worker threads
// (extract-pool.ts) while one writer, here on the main thread, commits the articles in
// groups (one transaction per group: a store pays per statement and per commit, not per row)
// and the next group is extracted while the previous one commits. A group that fails is
// retried one article per transaction, so a bad article is reported and skipped and the others
// are stored. Every article is stored whole or not at all and its id comes from its text, so an
// interrupted run can simply be run again. Outcomes come in the order articles finish, not
// the order of the files.
import type { ArticleMeta } from '../model/facts';
import { isCadreError } from '../model/errors';
import { listArticleFiles, type Found } from '../sources/read-articles';
import type { GraphStats, GraphStore, UpsertResult } from '../store/graph-store';
import { DEFAULT_TIME_BUDGET_MS, ExtractPool, defaultWorkerCount, firstLine } from './extract-pool';
import { mapUnordered } from './map-unordered';
import { prepareHere, type ArticleSource, type PreparedArticle } from './prepare-article';

export type ArticleOutcome =
  | { file: string; status: 'stored'; articleId: string; facts: number }
  | { file: string; status: 'present'; articleId: string }
  | { file: string; status: 'failed'; reason: string };

export interface IngestSummary {
  stored: number;
  /** Stored, but the article states no meeting or official (kept so it is not read again). */
  storedWithoutFacts: number;
  alreadyPresent: number;
  failed: Array<{ file: string; reason: string }>;
  nodesCreated: number;
  relationshipsCreated: number;
  seconds: number;
}

export interface IngestOptions {
  meta?: ArticleMeta;
  /** Called before the first article with the number of files found. */
  onStart?: (total: number) => void;
  onArticle?: (outcome: ArticleOutcome) => void;
  /** Articles per transaction; 1 stores each article in its own. */
  groupSize?: number;
  /** Extraction threads (at most one per core; default one per core); 0 extracts on the main thread, without a time budget. */
  workers?: number;
  /** Longest an article's extraction may take in a worker, in milliseconds. */
  timeBudgetMs?: number;
}

// A commit writes every index page its group touched to the log, and a group's rows land all over
// the relationship and evidence indexes, so the log a commit writes grows more slowly than its
// group: 1,024 articles per commit cost the writer a fifth less CPU per article than 256
// (BENCHMARKS.md), and still commit about once a second.
export const DEFAULT_GROUP_SIZE = 1024;
/**
 * A group may grow to this many times groupSize when commits fall behind extraction. A commit's cost
 * is mostly the index pages it dirties, and once the graph's relationship indexes are larger than a
 * group's rows can touch, that is nearly every page whatever the group's size: writing 8,192 articles
 * into a 100,000-article graph logged 722-902 MB in groups of 1,024 and 410 MB in groups of 4,096,
 * and cost the writer 1.55 against 1.32 ms per article (BENCHMARKS.md).
 */
const MAX_GROUP_FACTOR = 4;
export { DEFAULT_TIME_BUDGET_MS, defaultWorkerCount };

type Ready = { file: string; article: PreparedArticle };

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

async function* listed<T>(items: T[]): AsyncIterable<T> {
  yield* items;
}

export async function ingestPaths(store: GraphStore, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const before: GraphStats = await store.stats();
  const files: Found[] = [];
  for (const p of paths) files.push(...(await listArticleFiles(p)));
  options.onStart?.(files.length);
  const summary: IngestSummary = { stored: 0, storedWithoutFacts: 0, alreadyPresent: 0, failed: [], nodesCreated: 0, relationshipsCreated: 0, seconds: 0 };
  const record = (outcome: ArticleOutcome) => {
    if (outcome.status === 'stored') {
      summary.stored++;
      if (outcome.facts === 0) summary.storedWithoutFacts++;
    } else if (outcome.status === 'present') summary.alreadyPresent++;
    else summary.failed.push({ file: outcome.file, reason: outcome.reason });
    options.onArticle?.(outcome);
  };
  const outcomeOf = ({ file, article }: Ready, r: UpsertResult): ArticleOutcome =>
    r.created ? { file, status: 'stored', articleId: r.articleId, facts: article.facts } : { file, status: 'present', articleId: r.articleId };

  const flush = async (pending: Ready[]) => {
    if (!pending.length) return;
    try {
      const results = await store.upsertBatches(pending.map((p) => p.article.batch));
      pending.forEach((p, i) => record(outcomeOf(p, results[i])));
    } catch (e) {
      // Another process holds the write lock: every article would wait and fail alike.
      if (isCadreError(e) && e.code === 'STORE_LOCKED') throw e;
      for (const p of pending) {
        try {
          record(outcomeOf(p, (await store.upsertBatches([p.article.batch]))[0]));
        } catch (e) {
          record({ file: p.file, status: 'failed', reason: firstLine(e) });
        }
      }
    }
  };
  const groupSize = Math.max(1, options.groupSize ?? DEFAULT_GROUP_SIZE);
  const workers = options.workers ?? defaultWorkerCount();
  const pool = workers > 0 ? await ExtractPool.start({ workers, timeBudgetMs: options.timeBudgetMs }) : null;
  const prepare = pool ? (source: ArticleSource) => pool.prepare(source) : prepareHere;
  const meta = options.meta ?? {};
  const step = async ({ file, hasSidecar }: Found): Promise<Ready | { file: string; reason: string }> => {
    try {
      return { file, article: await prepare({ file, hasSidecar, meta }) };
    } catch (e) {
      return { file, reason: firstLine(e) };
    }
  };
  try {
    // At most one group commits while the next fills; up to the largest group's worth of articles
    // is extracted ahead, so the workers keep going while the writer commits (or blocks the thread
    // doing so). A group is at least groupSize articles and takes whatever else the workers
    // finished meanwhile: as the graph grows and commits slow down, groups grow with them.
    const most = groupSize > 1 ? MAX_GROUP_FACTOR * groupSize : 1;
    let group: Ready[] = [];
    let committing = Promise.resolve();
    for await (const run of mapUnordered(listed(files), Math.max(most, 4 * workers), step)) {
      for (const r of run) {
        if ('reason' in r) record({ file: r.file, status: 'failed', reason: r.reason });
        else group.push(r);
      }
      while (group.length >= groupSize) {
        await committing;
        committing = flush(group.splice(0, most));
      }
    }
    await committing;
    await flush(group);
  } finally {
    await pool?.close();
  }
  const after = await store.stats();
  summary.nodesCreated = total(after.nodes) - total(before.nodes);
  summary.relationshipsCreated = total(after.relationships) - total(before.relationships);
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
