// Extraction for the ingestArticle mutation, in the worker pool ingestion uses (ingest/extract-pool):
// extraction is synchronous and some inputs cost far more than their size suggests, so on the
// server's event loop one article could stall every other request (issue 15). In a worker it runs
// under the per-article time budget, and the event loop only waits for the answer.
//
// One pool per process, shared by the API servers running in it, started at the first mutation
// (a read-only server never starts threads) and closed when the last server stops.
import type { ArticleInput } from '../extract';
import { CadreError } from '../model/errors';
import type { ArticleFacts } from '../model/facts';
import { DEFAULT_TIME_BUDGET_MS, ExtractPool } from '../ingest/extract-pool';

/** One thread: mutations are occasional, and the cores serve requests. */
const WORKERS = 1;

let users = 0;
let pool: Promise<ExtractPool> | null = null;

/** CADREGRAPH_TIME_BUDGET: seconds one article's extraction may take (as `ingest --time-budget`). */
export function timeBudgetFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CADREGRAPH_TIME_BUDGET?.trim();
  if (!raw) return DEFAULT_TIME_BUDGET_MS;
  const seconds = Number(raw);
  if (!(seconds > 0)) throw new CadreError('BAD_INPUT', `CADREGRAPH_TIME_BUDGET must be a number of seconds above 0 (got ${JSON.stringify(raw)})`);
  return seconds * 1000;
}

/** A server that may extract holds the pool open until it releases it. */
export function holdExtraction(): () => Promise<void> {
  users++;
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    if (--users > 0 || !pool) return;
    const closing = pool;
    pool = null;
    await (await closing.catch(() => null))?.close();
  };
}

/** The facts of one article, extracted in a worker; an article over the time budget is a user error. */
export async function extractInWorker(input: ArticleInput): Promise<ArticleFacts> {
  if (users === 0) throw new Error('extraction is not available: no API server holds the pool');
  pool ??= ExtractPool.start({ workers: WORKERS, timeBudgetMs: timeBudgetFromEnv() });
  const p = pool;
  try {
    return await (await p).extract(input);
  } catch (e) {
    const reason = (e as Error).message;
    // The pool's own words for an article past its budget: the article's fault, not the server's.
    const budget = /longer than ([\d.]+ s) \(the time budget/.exec(reason);
    if (budget) throw new CadreError('BAD_INPUT', `the article took longer than ${budget[1]} to read (the time budget per article, CADREGRAPH_TIME_BUDGET): nothing was stored`);
    // A pool that could not start is dropped, so the next mutation tries again.
    if (pool === p && /failed to start/.test(reason)) pool = null;
    throw e;
  }
}
