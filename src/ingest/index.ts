// Ingestion: read each article, extract its facts, store them. Articles are committed in groups
// (one transaction per group: the embedded engine pays milliseconds per statement, not per
// row); a group that fails is retried one article per transaction, so a bad article is
// reported and skipped and the others are stored. Every article is stored whole or not at
// all and its id comes from its text, so an interrupted run can simply be run again.
import { extractArticle } from '../extract';
import type { ArticleFacts, ArticleMeta } from '../model/facts';
import { isCadreError } from '../model/errors';
import { listArticleFiles, readArticleSources } from '../sources/read-articles';
import type { GraphStats, GraphStore, UpsertResult } from '../store/graph-store';

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
}

export const DEFAULT_GROUP_SIZE = 64;

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

export async function countArticleFiles(paths: string[]): Promise<number> {
  let n = 0;
  for (const p of paths) n += (await listArticleFiles(p)).length;
  return n;
}

export async function ingestPaths(store: GraphStore, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const before: GraphStats = await store.stats();
  options.onStart?.(await countArticleFiles(paths));
  const summary: IngestSummary = { stored: 0, storedWithoutFacts: 0, alreadyPresent: 0, failed: [], nodesCreated: 0, relationshipsCreated: 0, seconds: 0 };
  const record = (outcome: ArticleOutcome) => {
    if (outcome.status === 'stored') {
      summary.stored++;
      if (outcome.facts === 0) summary.storedWithoutFacts++;
    } else if (outcome.status === 'present') summary.alreadyPresent++;
    else summary.failed.push({ file: outcome.file, reason: outcome.reason });
    options.onArticle?.(outcome);
  };
  const outcomeOf = (file: string, facts: ArticleFacts, r: UpsertResult): ArticleOutcome =>
    r.created
      ? { file, status: 'stored', articleId: r.articleId, facts: facts.people.length + facts.meetings.length }
      : { file, status: 'present', articleId: r.articleId };
  const failure = (file: string, e: unknown): ArticleOutcome => ({ file, status: 'failed', reason: (e as Error).message.split('\n')[0] });

  let group: Array<{ file: string; facts: ArticleFacts }> = [];
  const flush = async () => {
    const pending = group;
    group = [];
    if (!pending.length) return;
    try {
      const results = await store.upsertArticles(pending.map((p) => p.facts));
      pending.forEach((p, i) => record(outcomeOf(p.file, p.facts, results[i])));
    } catch (e) {
      // Another process holds the write lock: every article would wait and fail alike.
      if (isCadreError(e) && e.code === 'STORE_LOCKED') throw e;
      for (const p of pending) {
        try {
          record(outcomeOf(p.file, p.facts, await store.upsertArticle(p.facts)));
        } catch (e) {
          record(failure(p.file, e));
        }
      }
    }
  };
  const groupSize = Math.max(1, options.groupSize ?? DEFAULT_GROUP_SIZE);
  for await (const item of readArticleSources(paths, options.meta)) {
    if (!item.input) {
      record({ file: item.file, status: 'failed', reason: item.error ?? 'unreadable' });
      continue;
    }
    try {
      group.push({ file: item.file, facts: extractArticle(item.input) });
    } catch (e) {
      record(failure(item.file, e));
    }
    if (group.length >= groupSize) await flush();
  }
  await flush();
  const after = await store.stats();
  summary.nodesCreated = total(after.nodes) - total(before.nodes);
  summary.relationshipsCreated = total(after.relationships) - total(before.relationships);
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
