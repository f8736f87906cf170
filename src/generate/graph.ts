// A synthetic graph of a given size, written straight into a store: the generated population's
// meetings as the facts an article about each would yield (synthetic-facts.ts), no text and no
// extraction. `cadregraph generate --people N --meetings M` and the API benchmark build their
// graph with this. Pure in (seed, people, meetings), given a store that answers the same.
import { CadreError } from '../model/errors';
import type { ArticleFacts } from '../model/facts';
import { nameKey } from '../text';
import { generateMeetings, type MeetingPlan } from './meetings';
import { createPopulation, type Population } from './population';
import { SyntheticFacts } from './synthetic-facts';

export interface GraphSize {
  people: number;
  meetings: number;
  seed: number;
}

/**
 * Writes articles' facts (`json[i]` is JSON.stringify(articles[i]), made cheaply: what their content
 * hash is taken of) and answers, for each, the meetings it landed on.
 */
export type WriteFacts = (articles: ArticleFacts[], json: string[]) => Promise<Array<{ meetingIds: string[] }>>;

export interface GraphOptions {
  /** Articles handed to `write` at once. */
  group?: number;
  /** Called every 50,000 articles. */
  onProgress?: (articles: number, meetings: number) => void;
}

export interface GeneratedGraph {
  articles: number;
  meetings: number;
}

/**
 * A population with a few more than `people` distinct people: namesakes in one province are one
 * person to the store, and the odd official who attends no meeting never becomes a node.
 */
export function graphPopulation(size: GraphSize): Population {
  const want = Math.ceil(size.people * 1.001);
  for (let n = want; ;) {
    const pop = createPopulation(size.seed, n);
    const distinct = new Set(pop.people.map((o) => `${o.group.province.name}|${nameKey(o.name)}`)).size;
    if (distinct >= want) return pop;
    n += want - distinct;
  }
}

export async function generateGraph(size: GraphSize, write: WriteFacts, options: GraphOptions = {}): Promise<GeneratedGraph> {
  const pop = graphPopulation(size);
  const synth = new SyntheticFacts(pop.data);
  const groupSize = options.group ?? 1000;
  // Two plans with the same chairs, day and province are one meeting to the store: plan on until
  // the asked number of distinct meetings is kept. A group never holds more articles than
  // meetings are missing, so the count is never passed.
  const meetings = new Set<string>();
  const plans = generateMeetings(pop, size.seed, Number.MAX_SAFE_INTEGER);
  let articles = 0;
  for (let fruitless = 0; meetings.size < size.meetings; ) {
    const group = Array.from({ length: Math.min(groupSize, size.meetings - meetings.size) }, () => synth.article(plans.next().value as MeetingPlan));
    const had = meetings.size;
    for (const r of await write(group.map((a) => a.facts), group.map((a) => a.json))) for (const m of r.meetingIds) meetings.add(m);
    // A store that writes synchronously never yields: signals (Ctrl-C) are heard between groups.
    await new Promise((resolve) => setImmediate(resolve));
    fruitless = meetings.size > had ? 0 : fruitless + 1;
    if (fruitless === 100) throw new CadreError('BAD_INPUT', `${size.people} people do not hold ${size.meetings} distinct meetings (${meetings.size} found): ask for more people or fewer meetings`);
    const before = articles;
    articles += group.length;
    if (Math.floor(articles / 50_000) > Math.floor(before / 50_000)) options.onProgress?.(articles, meetings.size);
  }
  return { articles, meetings: meetings.size };
}
