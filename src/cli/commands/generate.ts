import type { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { loadLexiconData } from '../../lexicon/load';
import { createCorpus } from '../../generate/corpus';
import { CadreError } from '../../model/errors';

export function register(program: Command): void {
  program
    .command('generate')
    .description('write synthetic articles with gold facts (for benchmarks and regression tests, not a quality measure)')
    .requiredOption('--articles <n>', 'how many articles', (v) => Number.parseInt(v, 10))
    .option('--seed <s>', 'seed: the same seed writes the same corpus', (v) => Number.parseInt(v, 10), 1)
    .requiredOption('--out <dir>', 'folder to write X.txt, X.gold.json and X.meta.json into')
    .action((opts: { articles: number; seed: number; out: string }) => {
      if (!Number.isInteger(opts.articles) || opts.articles < 1) throw new CadreError('BAD_INPUT', '--articles must be a positive whole number');
      if (!Number.isInteger(opts.seed)) throw new CadreError('BAD_INPUT', '--seed must be a whole number');
      mkdirSync(opts.out, { recursive: true });
      const corpus = createCorpus(opts.seed, opts.articles, loadLexiconData());
      const width = String(opts.articles - 1).length;
      for (let i = 0; i < opts.articles; i++) {
        const a = corpus.article(i);
        const base = join(opts.out, `gen-${String(i).padStart(width, '0')}`);
        writeFileSync(`${base}.txt`, a.text);
        writeFileSync(`${base}.gold.json`, JSON.stringify(a.gold, null, 2) + '\n');
        writeFileSync(`${base}.meta.json`, JSON.stringify(a.meta) + '\n');
      }
      process.stderr.write(`wrote ${opts.articles} articles to ${opts.out}\n`);
    });
}
