import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { DEFAULT_GROUP_SIZE, ingestPaths, type ArticleOutcome, type IngestSummary } from '../../ingest';
import { addStoreOptions, withStore, type StoreCliOptions } from '../with-store';

interface Options extends StoreCliOptions {
  province?: string;
  published?: string;
  json?: boolean;
  group?: string;
}

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
      .option('--group <n>', 'articles per transaction (1: each article in its own)', String(DEFAULT_GROUP_SIZE)),
  ).action(async (paths: string[], opts: Options) => {
    const summary = await withStore(opts, (store) => {
      // A bar on a terminal; one plain line per article otherwise (logs, CI, pipes).
      const tty = process.stderr.isTTY;
      const bar = tty ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true }, Presets.shades_classic) : null;
      let done = 0;
      return ingestPaths(store, paths, {
        meta: { province: opts.province, publishedAt: opts.published },
        groupSize: Number(opts.group),
        onStart: (total) => bar?.start(total, 0, { file: '' }),
        onArticle: (o: ArticleOutcome) => {
          done++;
          if (bar) {
            bar.update(done, { file: o.file.slice(-40) });
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
