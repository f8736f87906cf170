import type { Command } from 'commander';
import { addStoreOptions, withStore, type StoreCliOptions } from '../with-store';

export function register(program: Command): void {
  addStoreOptions(
    program.command('migrate').description('create the constraints and indexes of cypher/ (Neo4j) or the tables (embedded); safe to re-run'),
  ).action(async (opts: StoreCliOptions) => {
    const engine = await withStore(opts, async (store) => {
      await store.migrate();
      return store.engine;
    });
    process.stdout.write(`schema applied (${engine})\n`);
  });
}
