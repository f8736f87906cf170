import type { Command } from 'commander';
import { addStoreOptions, withStore, type StoreCliOptions } from '../with-store';

export function register(program: Command): void {
  addStoreOptions(
    program
      .command('merge-people')
      .description('merge two person nodes that are one person: relationships and sources move to KEEP, DROP stays as its alias')
      .argument('<keep>', 'id of the person kept')
      .argument('<drop>', 'id of the person merged into it'),
  ).action(async (keep: string, drop: string, opts: StoreCliOptions) => {
    const person = await withStore(opts, (store) => store.mergePeople(keep, drop));
    process.stdout.write(`merged ${drop} into ${person.id} (${person.name}); aliases: ${person.aliases.join(', ')}\n`);
  });
}
