import type { Command } from 'commander';
import { lexiconData } from '../../lexicon';
import type { MergeDecision } from '../../store/graph-store';
import { findMergeCandidates } from '../../store/careers';
import { oneHolderPosts } from '../../tenures';
import { CadreError } from '../../model/errors';
import { addStoreOptions, withStore, type StoreCliOptions } from '../with-store';

const DECISIONS: Record<string, MergeDecision> = { same: 'SAME', different: 'DIFFERENT', undecided: 'UNDECIDED' };

// Careers across provinces from the command line: the same review as the API's mergeCandidates,
// reviewMerge and unmergePeople, recorded under the operator's name.
export function register(program: Command): void {
  const merges = program.command('merges').description('review people who may be one official named in two places');
  addStoreOptions(
    merges.command('list').description('pairs that may be one person, best first, with the reasons').option('--json', 'one JSON object per pair').option('--first <n>', 'at most this many', '20'),
  ).action(async (opts: StoreCliOptions & { json?: boolean; first: string }) => {
    const pairs = await withStore(opts, (store) => findMergeCandidates(store, oneHolderPosts(lexiconData())));
    for (const c of pairs.slice(0, Number(opts.first) || 20)) {
      process.stdout.write(opts.json ? `${JSON.stringify(c)}\n` : `${c.score.toFixed(2)}  ${c.a}  ${c.b}\n      ${c.reasons.join('\n      ')}\n`);
    }
    if (!opts.json) process.stdout.write(`${pairs.length} pair(s)\n`);
  });
  addStoreOptions(
    merges.command('review').description('record a decision: same merges B into A (undo with merges undo B), different is never suggested again')
      .argument('<a>').argument('<b>').argument('<decision>', 'same | different | undecided')
      .option('--note <text>', 'why').option('--reviewer <name>', 'who decides (default: $USER)', process.env.USER),
  ).action(async (a: string, b: string, decision: string, opts: StoreCliOptions & { note?: string; reviewer?: string | null }) => {
    const d = DECISIONS[decision.toLowerCase()];
    if (!d) throw new CadreError('BAD_INPUT', `decision must be same, different or undecided (got "${decision}")`);
    const r = await withStore(opts, (store) => store.reviewMerge({ a, b, decision: d, note: opts.note ?? null, reviewer: opts.reviewer ?? null }));
    process.stdout.write(`${r.a} / ${r.b}: ${r.decision}${r.decision === 'SAME' ? ` (${b} is now an alias of ${a})` : ''}\n`);
  });
  addStoreOptions(merges.command('undo').description('undo the merge that made ID an alias: both people get back their own facts').argument('<id>'))
    .action(async (id: string, opts: StoreCliOptions) => {
      const people = await withStore(opts, (store) => store.unmergePeople(id));
      process.stdout.write(`restored ${people.map((p) => `${p.id} (${p.name})`).join(' and ')}\n`);
    });
}
