import { loadGeneratorData, type GeneratorData } from './data';
import { planMeeting } from './meetings';
import { createPopulation, type Population } from './population';
import { renderArticle, type RenderedArticle } from './render';

// A deterministic corpus: the population from the seed, then article i from (seed, i) alone, so
// articles are produced lazily, one at a time, for corpora of any size.

export interface Corpus {
  population: Population;
  article(i: number): RenderedArticle;
}

/** People enough that each recurs in several articles; capped where graph benchmarks stop. */
export const populationSizeFor = (articles: number) => Math.max(300, Math.min(100_000, Math.ceil(articles / 2)));

export function createCorpus(seed: number, articles: number, data: GeneratorData = loadGeneratorData()): Corpus {
  const population = createPopulation(seed, populationSizeFor(articles), { data });
  return { population, article: (i) => renderArticle(planMeeting(population, seed, i), data, seed) };
}
