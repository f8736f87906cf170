import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { DEFAULT_GROUP_SIZE, DEFAULT_TIME_BUDGET_MS, defaultWorkerCount, ingestPaths, type ArticleOutcome, type IngestSummary } from '../../ingest';
import { CadreError } from '../../model/errors';
import { formatEta, ProgressRate } from '../progress-rate';
import { addStoreOptions, withStore, type StoreCliOptions } from '../with-store';
import { checkLexicon } from '../checked-lexicon';

interface Options extends StoreCliOptions {
  province?: string;
  published?: string;
  json?: boolean;
  group: string;
  workers: string;
  timeBudget: string;
}

const wholeAtLeast = (flag: string, min: number, v: string): number => {
  if (!/^\d+$/.test(v.trim()) || Number(v) < min) throw new CadreError('BAD_INPUT', `${flag} must be a whole number of at least ${min}`);
  return Number(v);
};

export function formatIngestSummary(s: IngestSummary): string {
  const lines = [
    `stored: ${s.stored} article(s)${s.storedWithoutFacts ? ` (${s.storedWithoutFacts} with no meeting or official)` : ''}`,
    `already present: ${s.alreadyPresent}`,
    `failed: ${s.failed.length}`,
    ...s.failed.map((f) => `  ${f.file}: ${f.reason}`),
    `created: ${s.nodesCreated} node(s), ${s.relationshipsCreated} relationship(s) in ${s.seconds.toFixed(1)} s`,
  ];
  return lines.join('\n') + '\n';
}

export function register(program: Command): void {
  addStoreOptions(
    program
      .command('ingest')
      .description('extract articles (.txt, saved .html, with optional X.meta.json) and store their facts in the graph')
      .argument('<paths...>', 'article files or folders')
      .option('--province <name>', 'province the articles are about, when the text does not say')
      .option('--published <date>', 'publication date YYYY-MM-DD, for dates written without a year')
      .option('--json', 'print the summary as JSON')
      .option('--group <n>', 'least articles per transaction; up to 4x when more are ready (1: each article in its own)', String(DEFAULT_GROUP_SIZE))
      .option('--workers <n>', `extraction threads, at most one per core (0: on the main thread, with no time budget)`, String(defaultWorkerCount()))
      .option('--time-budget <seconds>', 'longest one article may take to extract; a slower one fails and the rest go on', String(DEFAULT_TIME_BUDGET_MS / 1000)),
  ).action(async (paths: string[], opts: Options) => {
    checkLexicon();
    const groupSize = wholeAtLeast('--group', 1, opts.group);
    const workers = wholeAtLeast('--workers', 0, opts.workers);
    const budget = Number(opts.timeBudget);
    if (!(budget > 0)) throw new CadreError('BAD_INPUT', '--time-budget must be a number of seconds above 0');
    const summary = await withStore(opts, (store) => {
      // A bar on a terminal; one plain line per article otherwise (logs, CI, pipes).
      const tty = process.stderr.isTTY;
      const bar = tty
        ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {rate} articles/s, ETA {eta} {file}', hideCursor: true }, Presets.shades_classic)
        : null;
      const rate = new ProgressRate();
      let done = 0;
      let total = 0;
      return ingestPaths(store, paths, {
        meta: { province: opts.province, publishedAt: opts.published },
        groupSize,
        workers,
        timeBudgetMs: budget * 1000,
        onStart: (n) => {
          total = n;
          bar?.start(n, 0, { file: '', rate: 0, eta: '?' });
        },
        onArticle: (o: ArticleOutcome) => {
          done++;
          if (bar) {
            const perSecond = rate.update(done);
            bar.update(done, { file: o.file.slice(-40), rate: perSecond.toFixed(0), eta: formatEta(total - done, perSecond) });
            if (o.status === 'failed') process.stderr.write(`\n${o.file}: ${o.reason}\n`);
          } else {
            process.stderr.write(`${o.status === 'failed' ? `failed ${o.file}: ${o.reason}` : `${o.status} ${o.file}`}\n`);
          }
        },
      }).finally(() => bar?.stop());
    });
    process.stdout.write(opts.json ? JSON.stringify(summary) + '\n' : formatIngestSummary(summary));
    if (summary.failed.length) process.exitCode = 1;
  });
}
