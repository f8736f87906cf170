import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { extractArticle } from '../../src/extract';
import type { ArticleFacts, ArticleMeta } from '../../src/model/facts';
import { f1, foldKey, goldFacts, predictedFacts, score, type GoldFacts, type Score } from '../helpers/score';

// Our own articles in the genre, each with hand-checked gold facts (tests/fixtures/articles).
// Together they cover patterns the five development articles do not. A sidecar NN-slug.meta.json
// (url, publishedAt ...) is read as the command line reads it.
const DIR = join(__dirname, '..', 'fixtures', 'articles');
const MIN_F1 = 0.95;
const articles = readdirSync(DIR).filter((f) => /\.(txt|html)$/.test(f)).sort();

interface GoldEvent {
  kind: string;
  person: string;
  title: string;
  organization: string;
  effective: string | null;
  decision: string | null;
}
/** Gold may list events (all of them, exactly) and posts that were left (they must not be current). */
type FixtureGold = GoldFacts & { events?: GoldEvent[]; former?: Array<[string, string, string]> };

const eventKey = (e: { kind: string; person: string; title: string; organization: string | { name: string }; effective: string | null; decision: string | null }) =>
  [e.kind, foldKey(e.person), foldKey(e.title), foldKey(typeof e.organization === 'string' ? e.organization : e.organization.name), e.effective ?? '-', e.decision ?? '-'].join('|');

function metaOf(file: string): ArticleMeta {
  const sidecar = join(DIR, file.replace(/\.(txt|html)$/, '.meta.json'));
  return existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as ArticleMeta) : {};
}

function formerButCurrent(gold: FixtureGold, facts: ArticleFacts): string[] {
  return (gold.former ?? []).flatMap(([who, title, org]) => {
    const person = facts.people.find((p) => foldKey(p.name) === foldKey(who));
    const held = person?.positions.filter((q) => foldKey(q.title) === foldKey(title) && foldKey(q.organization.name) === foldKey(org)) ?? [];
    return held.some((q) => q.status !== 'former') ? [`${who}|${title}|${org} is still current`] : [];
  });
}

describe('fixture articles', () => {
  const total: Score = { tp: 0, fp: 0, fn: 0, misses: [] };
  test.each(articles)('%s', (file) => {
    const gold = JSON.parse(readFileSync(join(DIR, file.replace(/\.(txt|html)$/, '.gold.json')), 'utf8')) as FixtureGold;
    const facts = extractArticle({ file, text: readFileSync(join(DIR, file), 'utf8'), format: file.endsWith('.html') ? 'html' : 'text', meta: metaOf(file) });
    const s = score(goldFacts(gold), predictedFacts(facts), gold.locality.province !== null);
    total.tp += s.tp;
    total.fp += s.fp;
    total.fn += s.fn;
    total.misses.push(...s.misses.map((m) => `${file}: ${m}`));
    // Nothing may be invented: every extra fact is a defect, whatever the overall score.
    expect(s.misses.filter((m) => m.includes(' extra: '))).toEqual([]);
    if (!gold.meetings.length) expect(facts.meetings).toEqual([]);
    if (gold.events) expect(facts.events.map(eventKey).sort()).toEqual(gold.events.map(eventKey).sort());
    expect(formerButCurrent(gold, facts)).toEqual([]);
  });
  afterAll(() => {
    if (total.misses.length) console.log(total.misses.join('\n'));
  });
  test(`overall F1 over the fixtures is at least ${MIN_F1}`, () => {
    expect(f1(total)).toBeGreaterThanOrEqual(MIN_F1);
  });
});
