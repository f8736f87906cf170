// The extraction pool with real worker threads (compiled from the sources by tsx here, the
// built .js files in dist/ for the CLI).
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { extractArticle, type ArticleInput } from '../../src/extract';
import { ExtractPool } from '../../src/ingest/extract-pool';

const DIR = join(__dirname, '..', 'fixtures', 'articles');
const articles: ArticleInput[] = readdirSync(DIR)
  .filter((f) => /\.(txt|html)$/.test(f))
  .slice(0, 12)
  .map((f) => ({ file: f, text: readFileSync(join(DIR, f), 'utf8'), format: f.endsWith('.html') ? 'html' : 'text', meta: {} }));
// Linear in its size but large: far longer than the test's budget on any machine.
const huge: ArticleInput = { file: 'huge.txt', text: articles[0].text.replace(/\n/g, ' ').repeat(Math.ceil(8e6 / articles[0].text.length)), format: 'text', meta: {} };

let pool: ExtractPool;
beforeAll(async () => {
  pool = await ExtractPool.start({ workers: 2, timeBudgetMs: 1500 });
});
afterAll(() => pool.close());

it('gives exactly the facts extraction on this thread gives', async () => {
  const facts = await Promise.all(articles.map((a) => pool.extract(a)));
  facts.forEach((f, i) => expect(f).toStrictEqual(extractArticle(articles[i])));
});

it('fails an article past the time budget in one line and goes on with the rest', async () => {
  const results = await Promise.allSettled([pool.extract(huge), ...articles.map((a) => pool.extract(a))]);
  const [slow, ...rest] = results;
  expect(slow).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ message: expect.stringMatching(/^extraction took longer than 1\.5 s \(the time budget per article\); skipped$/) }) });
  expect(rest.every((r) => r.status === 'fulfilled')).toBe(true);
  expect(pool.size).toBe(2);
  expect(await pool.extract(articles[1])).toStrictEqual(extractArticle(articles[1]));
});

it('passes an extraction error on as the article failing, and the worker goes on', async () => {
  const broken = { ...articles[0], text: undefined } as unknown as ArticleInput;
  await expect(pool.extract(broken)).rejects.toThrow(/^[^\n]+$/);
  expect(await pool.extract(articles[2])).toStrictEqual(extractArticle(articles[2]));
});

it('refuses work once closed', async () => {
  const other = await ExtractPool.start({ workers: 1 });
  await other.close();
  await expect(other.extract(articles[0])).rejects.toThrow('extraction pool is closed');
});
