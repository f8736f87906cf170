// Ingestion: read each article, extract its facts, store them in one transaction. An article
// that fails is reported and skipped; the others go on. Because each article is stored
// whole or not at all and its id comes from its text, an interrupted run can simply be run
// again: what was stored is recognised and nothing is duplicated.
import { extractArticle } from '../extract';
import type { ArticleMeta } from '../model/facts';
import { listArticleFiles, readArticleSources } from '../sources/read-articles';
import type { GraphStats, GraphStore } from '../store/graph-store';

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
}

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
  for await (const item of readArticleSources(paths, options.meta)) {
    let outcome: ArticleOutcome;
    if (!item.input) {
      outcome = { file: item.file, status: 'failed', reason: item.error ?? 'unreadable' };
    } else {
      try {
        const facts = extractArticle(item.input);
        const result = await store.upsertArticle(facts);
        const factCount = facts.people.length + facts.meetings.length;
        outcome = result.created
          ? { file: item.file, status: 'stored', articleId: result.articleId, facts: factCount }
          : { file: item.file, status: 'present', articleId: result.articleId };
      } catch (e) {
        outcome = { file: item.file, status: 'failed', reason: (e as Error).message.split('\n')[0] };
      }
    }
    if (outcome.status === 'stored') {
      summary.stored++;
      if (outcome.facts === 0) summary.storedWithoutFacts++;
    } else if (outcome.status === 'present') summary.alreadyPresent++;
    else summary.failed.push({ file: outcome.file, reason: outcome.reason });
    options.onArticle?.(outcome);
  }
  const after = await store.stats();
  summary.nodesCreated = total(after.nodes) - total(before.nodes);
  summary.relationshipsCreated = total(after.relationships) - total(before.relationships);
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
