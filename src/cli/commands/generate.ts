import type { Command } from 'commander';
import { writeCorpus } from '../../generate/writer';
import { CadreError } from '../../model/errors';

const whole = (v: string) => (/^-?\d+$/.test(v.trim()) ? Number(v) : Number.NaN);

export function register(program: Command): void {
  program
    .command('generate')
    .description('write synthetic meeting reports with gold facts, for benchmarks and regression tests (not a quality measure)')
    .requiredOption('--articles <n>', 'how many articles to write', whole)
    .option('--seed <s>', 'seed: the same seed writes the same bytes', whole, 1)
    .requiredOption('--out <dir>', 'folder to write X.txt, X.gold.json and X.meta.json into')
    .action((opts: { articles: number; seed: number; out: string }) => {
      if (!Number.isSafeInteger(opts.articles) || opts.articles < 1) throw new CadreError('BAD_INPUT', '--articles must be a positive whole number');
      if (!Number.isSafeInteger(opts.seed)) throw new CadreError('BAD_INPUT', '--seed must be a whole number');
      const started = Date.now();
      const r = writeCorpus({
        out: opts.out,
        articles: opts.articles,
        seed: opts.seed,
        onProgress: (n) => process.stderr.write(`${n} articles written\n`),
      });
      process.stderr.write(`wrote ${r.articles} articles (${(r.bytes / 1e6).toFixed(1)} MB of text) to ${opts.out} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    });
}
