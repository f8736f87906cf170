import type { ArticleFacts, ArticleMeta } from '../model/facts';
import { lexiconData } from '../lexicon';
import { buildLexiconIndex, type LexiconIndex } from './common/lexicon-index';
import { hasMarkup, htmlToArticle } from './clean/html';
import { runPipeline } from './pipeline';

export interface ArticleInput {
  /** Path as given, or any label for text that did not come from a file. */
  file: string;
  text: string;
  format: 'text' | 'html';
  meta: ArticleMeta;
}

let defaultLexicon: LexiconIndex | null = null;

/** The lexicon shipped in src/lexicon/data, read once per process. */
export function getLexicon(): LexiconIndex {
  defaultLexicon ??= buildLexiconIndex(lexiconData());
  return defaultLexicon;
}

/** Facts of one article. Pure given the lexicon: no I/O, same input same output. */
export function extractArticle(input: ArticleInput, lex: LexiconIndex = getLexicon()): ArticleFacts {
  if (input.format === 'html' && hasMarkup(input.text)) {
    const page = htmlToArticle(input.text);
    const meta: ArticleMeta = { ...input.meta, title: input.meta.title ?? page.title, publishedAt: input.meta.publishedAt ?? page.publishedAt, url: input.meta.url ?? page.url };
    return runPipeline(input.file, page.text, meta, lex);
  }
  return runPipeline(input.file, input.text, input.meta, lex);
}

export type { LexiconIndex };
