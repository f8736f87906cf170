// Every command that touches the graph takes --data and opens and closes the store the same way.
import type { Command } from 'commander';
import type { GraphStore } from '../store/graph-store';

export interface StoreCliOptions {
  data?: string;
}

export function addStoreOptions(command: Command): Command {
  return command.option('--data <dir>', 'data folder of the embedded graph (default: $CADREGRAPH_DATA or ./data); ignored when NEO4J_URI is set');
}

export async function withStore<T>(opts: StoreCliOptions, work: (store: GraphStore) => Promise<T>): Promise<T> {
  // Loaded here so that commands without a store (extract) do not load the database drivers.
  const { openStore } = require('../store') as typeof import('../store');
  const store = await openStore({ data: opts.data });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
