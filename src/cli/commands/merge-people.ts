import type { Command } from 'commander';
import { checkMergeNames } from '../../store/careers';
import { addStoreOptions, withStore, type StoreCliOptions } from '../with-store';

export function register(program: Command): void {
  addStoreOptions(
    program
      .command('merge-people')
      .description('merge two person nodes that are one person: relationships and sources move to KEEP, DROP stays as its alias')
      .argument('<keep>', 'id of the person kept')
      .argument('<drop>', 'id of the person merged into it')
      .option('--force', 'merge even when the names differ in letters (Hùng and Hưng are most likely two people)'),
  ).action(async (keep: string, drop: string, opts: StoreCliOptions & { force?: boolean }) => {
    const person = await withStore(opts, async (store) => {
      await checkMergeNames(store, keep, drop, !!opts.force);
      return store.mergePeople(keep, drop);
    });
    process.stdout.write(`merged ${drop} into ${person.id} (${person.name}); aliases: ${person.aliases.join(', ')}\n`);
  });
}
