import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { extractArticle } from '../../src/extract';
import { f1, goldFacts, predictedFacts, score, type GoldFacts, type Score } from '../helpers/score';

// Our own articles in the genre, each with hand-checked gold facts (tests/fixtures/articles).
// Together they cover patterns the five development articles do not.
const DIR = join(__dirname, '..', 'fixtures', 'articles');
const MIN_F1 = 0.95;
const articles = readdirSync(DIR).filter((f) => /\.(txt|html)$/.test(f)).sort();

describe('fixture articles', () => {
  const total: Score = { tp: 0, fp: 0, fn: 0, misses: [] };
  test.each(articles)('%s', (file) => {
    const gold = JSON.parse(readFileSync(join(DIR, file.replace(/\.(txt|html)$/, '.gold.json')), 'utf8')) as GoldFacts;
    const facts = extractArticle({ file, text: readFileSync(join(DIR, file), 'utf8'), format: file.endsWith('.html') ? 'html' : 'text', meta: {} });
    const s = score(goldFacts(gold), predictedFacts(facts), gold.locality.province !== null);
    total.tp += s.tp;
    total.fp += s.fp;
    total.fn += s.fn;
    total.misses.push(...s.misses.map((m) => `${file}: ${m}`));
    // Nothing may be invented: every extra fact is a defect, whatever the overall score.
    expect(s.misses.filter((m) => m.includes(' extra: '))).toEqual([]);
    if (!gold.meetings.length) expect(facts.meetings).toEqual([]);
  });
  afterAll(() => {
    if (total.misses.length) console.log(total.misses.join('\n'));
  });
  test(`overall F1 over the fixtures is at least ${MIN_F1}`, () => {
    expect(f1(total)).toBeGreaterThanOrEqual(MIN_F1);
  });
});
