import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { createCorpus } from './corpus';
import { formatGold } from './gold-format';

// Writes a corpus one article at a time: memory stays flat however many articles are asked for.

export interface WriteOptions {
  out: string;
  articles: number;
  seed: number;
  /** Called every `every` articles with how many are written. */
  onProgress?: (written: number) => void;
  every?: number;
}

export const articleBase = (i: number, articles: number) => `gen-${String(i).padStart(String(articles - 1).length, '0')}`;

export function writeCorpus(opts: WriteOptions): { articles: number; bytes: number } {
  mkdirSync(opts.out, { recursive: true });
  const corpus = createCorpus(opts.seed, opts.articles);
  let bytes = 0;
  for (let i = 0; i < opts.articles; i++) {
    const a = corpus.article(i);
    const base = join(opts.out, articleBase(i, opts.articles));
    writeFileSync(`${base}.txt`, a.text);
    writeFileSync(`${base}.gold.json`, formatGold(a.gold));
    writeFileSync(`${base}.meta.json`, JSON.stringify(a.meta) + '\n');
    bytes += Buffer.byteLength(a.text);
    if (opts.onProgress && (i + 1) % (opts.every ?? 10_000) === 0) opts.onProgress(i + 1);
  }
  return { articles: opts.articles, bytes };
}
