// One article from its file to what the writer stores: read, extracted, turned into its graph
// batch. Ingestion does it in the extraction workers (extract-worker.ts), so that the one writer
// thread only writes; with no workers, on the main thread alike.
import { extractArticle } from '../extract';
import type { ArticleFacts, ArticleMeta } from '../model/facts';
import { readArticleFile, type SourceItem } from '../sources/read-articles';
import type { GraphBatch } from '../store/graph-batch';
import { prepareArticle } from '../store/upsert-plan';

/** An article file to read, as the listing found it, with the metadata the command gives. */
export interface ArticleSource {
  file: string;
  hasSidecar?: boolean;
  meta: ArticleMeta;
}

/** An article ready to store: its batch, and how many people and meetings it states. */
export interface PreparedArticle {
  batch: GraphBatch;
  facts: number;
}

export const readSource = (s: ArticleSource): Promise<SourceItem> => readArticleFile(s.file, s.meta, s.hasSidecar);

export const prepared = (facts: ArticleFacts): PreparedArticle => ({ batch: prepareArticle(facts), facts: facts.people.length + facts.meetings.length });

/** The whole way on this thread, with no time budget; throws the reason an article fails. */
export async function prepareHere(source: ArticleSource): Promise<PreparedArticle> {
  const item = await readSource(source);
  if (!item.input) throw new Error(item.error ?? 'unreadable');
  return prepared(extractArticle(item.input));
}
