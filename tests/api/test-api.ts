// A real server over a real embedded store loaded from the project's own articles.
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startServer, type RunningServer, type ServerConfig } from '../../src/server';
import { ingestPaths } from '../../src/ingest';
import { openEmbeddedStore } from '../../src/store';
import type { GraphStore } from '../../src/store/graph-store';
import { ROOT } from '../helpers/cli';

export const WRITE_KEY = 'test-write-key';

export interface TestApi {
  url: string;
  /** The data folder the store lives in. */
  dir: string;
  server: RunningServer;
  store: GraphStore;
  gql<T = any>(query: string, variables?: Record<string, unknown>, key?: string): Promise<{ status: number; data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }>;
  close(): Promise<void>;
}

/** Articles the default test graph is read from. */
export const DEFAULT_ARTICLES = [join(ROOT, 'tests', 'fixtures', 'articles'), join(ROOT, 'seeds')];

export async function startTestApi(
  options: { parentDir?: string; wrap?: (store: GraphStore) => GraphStore; readKeys?: string[]; writeKeys?: string[]; webDir?: string; config?: Partial<ServerConfig>; articles?: string[] } = {},
): Promise<TestApi> {
  const dir = mkdtempSync(join(options.parentDir ?? tmpdir(), 'cadregraph-api-'));
  const store = await openEmbeddedStore(dir);
  await ingestPaths(store, options.articles ?? DEFAULT_ARTICLES);
  const served = options.wrap ? options.wrap(store) : store;
  // This server shares its event loop with the test itself (extraction in-process, Chromium driven
  // from here, other suites on the same two cores): a stall there is the test's, not the server's,
  // so load shedding is off here and tested on its own (tests/server/load-shedding.test.ts).
  const config = { maxEventLoopDelayMs: 0, ...options.config };
  const server = await startServer({ store: served, port: 0, keys: { writeKeys: options.writeKeys ?? [WRITE_KEY], readKeys: options.readKeys ?? [] }, webDir: options.webDir, config });
  return {
    url: server.url,
    dir,
    server,
    store,
    async gql(query, variables, key) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async close() {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
