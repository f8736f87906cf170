import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import type { LexiconData } from '../lexicon/schema';
import { createPopulation, planMeeting, type Population } from './population';
import { renderArticle, type Phrases, type RenderedArticle } from './render';

// A deterministic corpus: population from the seed, then article i from (seed, i) alone, so
// articles can be produced lazily, one at a time, for corpora of any size.

export function loadPhrases(): Phrases {
  return parse(readFileSync(join(__dirname, '..', '..', 'src', 'generate', 'data', 'phrases.yaml'), 'utf8')) as Phrases;
}

/** Provinces that exist through the whole span the generator dates meetings in. */
export function continuingProvinces(lexicon: LexiconData): string[] {
  return lexicon.provinces.filter((p) => !p.validTo).map((p) => p.name);
}

export interface Corpus {
  population: Population;
  article(i: number): RenderedArticle;
}

export function createCorpus(seed: number, articles: number, lexicon: LexiconData, phrases = loadPhrases()): Corpus {
  // Enough people that each province-term has a full set of posts, and people recur across meetings.
  const size = Math.max(200, Math.min(100_000, Math.ceil(articles / 2)));
  const population = createPopulation(seed, size, continuingProvinces(lexicon), phrases as never);
  return { population, article: (i) => renderArticle(planMeeting(population, seed, i), phrases, seed) };
}
