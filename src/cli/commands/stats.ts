import type { Command } from 'commander';
import { addStoreOptions, withStore, type StoreCliOptions } from '../with-store';

export function register(program: Command): void {
  addStoreOptions(
    program
      .command('stats')
      .description('count nodes by label and relationships by type')
      .option('--json', 'print {"nodes": {...}, "relationships": {...}}'),
  ).action(async (opts: StoreCliOptions & { json?: boolean }) => {
    const stats = await withStore(opts, (store) => store.stats());
    if (opts.json) {
      process.stdout.write(JSON.stringify(stats) + '\n');
      return;
    }
    const block = (title: string, counts: Record<string, number>) =>
      [`${title}:`, ...Object.entries(counts).map(([k, v]) => `  ${k.padEnd(14)} ${v}`)].join('\n');
    process.stdout.write(`${block('nodes', stats.nodes)}\n${block('relationships', stats.relationships)}\n`);
  });
}
