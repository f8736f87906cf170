import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';

// The corpus through the real command: bytes on disk, gold beside each article, sidecars.

const SEEDS = join(__dirname, '..', '..', '..', 'shared', 'seeds');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const generate = (seed: number, n = 40) => {
  const dir = mkdtempSync(join(tmpdir(), 'gen-'));
  dirs.push(dir);
  const r = runCli(['generate', '--articles', String(n), '--seed', String(seed), '--out', dir]);
  expect(r.stderr).toMatch(/wrote \d+ articles/);
  expect(r.status).toBe(0);
  return dir;
};
const contents = (dir: string) => readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
/** Folds what the scorer folds: Unicode form, case, diacritics, old and new tone placement. */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

describe('cadregraph generate', () => {
  test('the same seed writes the same bytes; another seed writes other articles', () => {
    const [a, b, c] = [generate(11), generate(11), generate(12)];
    expect(contents(a)).toEqual(contents(b));
    expect(contents(a)).not.toEqual(contents(c));
    const txt = readdirSync(a).filter((f) => f.endsWith('.txt'));
    expect(txt).toHaveLength(40);
    for (const f of txt) {
      expect(existsSync(join(a, f.replace('.txt', '.gold.json')))).toBe(true);
      expect(existsSync(join(a, f.replace('.txt', '.meta.json')))).toBe(true);
    }
  });

  test('gold states only what the text says; sidecars are complete and agree with it', () => {
    const dir = generate(5, 120);
    let noYear = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const raw = readFileSync(join(dir, f), 'utf8');
      const text = fold(raw);
      const gold = JSON.parse(readFileSync(join(dir, f.replace('.txt', '.gold.json')), 'utf8'));
      const meta = JSON.parse(readFileSync(join(dir, f.replace('.txt', '.meta.json')), 'utf8'));
      const names = gold.people.map((p: { name: string }) => p.name);
      for (const n of names) expect(text).toContain(fold(n));
      for (const d of gold.directives) expect(raw.normalize('NFC')).toContain(`${d.kind} số ${d.number}`);
      for (const a of gold.authors) expect(text).toContain(fold(a));
      expect(text).toContain(fold(gold.locality.province));
      for (const [name] of gold.positions) expect(names).toContain(name);
      const m = gold.meetings[0];
      for (const n of [...m.chairs, ...m.participants]) expect(names).toContain(n);
      expect(m.chairs.filter((n: string) => m.participants.includes(n))).toEqual([]);
      for (const p of gold.people) if (p.gender) expect(text).toMatch(p.gender === 'FEMALE' ? /\bba\b/ : /\bong\b/);
      expect(m.date).toMatch(/^(\d{4}|-)-\d\d-\d\d$/);
      if (m.date.startsWith('--')) {
        noYear++;
        // No year anywhere in the article, or the gold would be wrong to leave it out.
        expect(raw.normalize('NFC')).not.toMatch(/\b(19|20)\d\d\b/);
        expect(meta.publishedAt).toBeNull();
      } else if (meta.publishedAt !== null) expect(meta.publishedAt).toBe(m.date);
      expect(Object.keys(meta).sort()).toEqual(['province', 'publishedAt', 'source', 'title', 'url']);
      expect(meta).toEqual({ url: expect.stringMatching(/^https:\/\/\S+$/), source: expect.any(String), title: expect.any(String), publishedAt: meta.publishedAt, province: gold.locality.province });
      expect(fold(raw)).toContain(fold(meta.title));
    }
    expect(noYear).toBeGreaterThan(0);
  });

  // The development article that cites documents, so every list has an element to compare.
  const seedGold = existsSync(SEEDS)
    ? readdirSync(SEEDS).find((f) => f.endsWith('.gold.json') && JSON.parse(readFileSync(join(SEEDS, f), 'utf8')).directives.length)
    : undefined;
  (seedGold ? test : test.skip)('gold files have the shape of the shared development set', () => {
    const shape = (v: unknown): unknown =>
      Array.isArray(v) ? (v.length ? [shape(v[0])] : []) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)])) : v === null ? 'null' : typeof v;
    const seed = JSON.parse(readFileSync(join(SEEDS, seedGold!), 'utf8'));
    const dir = generate(8, 60);
    const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
    const withAll = golds.find((g) => g.directives.length && g.people.some((p: { gender: unknown }) => p.gender === null))!;
    const s = shape(seed) as Record<string, unknown>;
    const g = shape(withAll) as Record<string, unknown>;
    expect(Object.keys(g)).toEqual(Object.keys(s));
    for (const k of ['meetings', 'positions', 'directives', 'authors']) expect(g[k]).toEqual(s[k]);
    expect((g.people as unknown[])[0]).toEqual({ name: 'string', gender: expect.any(String) });
  });

  test('bad arguments get a one-line error', () => {
    for (const [args, message] of [
      [['--articles', 'many'], '--articles must be a positive whole number'],
      [['--articles', '0'], '--articles must be a positive whole number'],
      [['--articles', '3', '--seed', '1.5'], '--seed must be a whole number'],
    ] as const) {
      const r = runCli(['generate', ...args, '--out', join(tmpdir(), 'never-written')]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim()).toBe(`cadregraph: ${message}`);
    }
    expect(existsSync(join(tmpdir(), 'never-written'))).toBe(false);
  });
});
