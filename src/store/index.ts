// Picks the store: Neo4j when NEO4J_URI is set, else the embedded SQLite graph in a data folder
// (--data, CADREGRAPH_DATA, or ./data). The schema is applied on open, so a new folder works
// at once; against Neo4j `cadregraph migrate` does the same explicitly.
import { resolve } from 'path';
import type { GraphLoad, GraphStore } from './graph-store';
import { CypherStore } from './neo4j/cypher-store';
import { Neo4jRunner } from './neo4j/neo4j-runner';
import { loadQueries } from './neo4j/queries';
import { startSqliteLoad } from './sqlite/bulk-load';
import { busyTimeoutFromEnv, openSqliteStore } from './sqlite/open';

export type { GraphLoad, GraphStore } from './graph-store';

export interface StoreOptions {
  /** Data folder of the embedded store. */
  data?: string;
  /** Defaults to process.env; tests pass their own. */
  env?: NodeJS.ProcessEnv;
}

export function dataDir(options: StoreOptions = {}): string {
  const env = options.env ?? process.env;
  return resolve(options.data ?? env.CADREGRAPH_DATA ?? './data');
}

export async function openStore(options: StoreOptions = {}): Promise<GraphStore> {
  const env = options.env ?? process.env;
  if (env.NEO4J_URI) {
    const runner = await Neo4jRunner.open({
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? env.NEO4J_USERNAME,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
    });
    return new CypherStore(runner, loadQueries());
  }
  return openEmbeddedStore(dataDir(options), env);
}

/** The SQLite graph of a data folder; CADREGRAPH_BUSY_TIMEOUT_MS sets how long a second writer waits. */
export async function openEmbeddedStore(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<GraphStore> {
  return openSqliteStore(dir, { busyTimeoutMs: busyTimeoutFromEnv(env) });
}

/**
 * A new graph written in one go: a new embedded graph in the data folder (which must hold none),
 * or, with NEO4J_URI set, the same articles upserted into Neo4j.
 */
export async function openGraphLoad(options: StoreOptions = {}): Promise<GraphLoad> {
  const env = options.env ?? process.env;
  if (!env.NEO4J_URI) return startSqliteLoad(dataDir(options));
  const store = await openStore(options);
  return {
    upsertArticles: (facts) => store.upsertArticles(facts),
    upsertBatches: (batches) => store.upsertBatches(batches),
    finish: async () => {
      try {
        return await store.stats();
      } finally {
        await store.close();
      }
    },
    abort: () => store.close(),
  };
}
