import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../helpers/cli';

const generate = (seed: number, n = 30) => {
  const dir = mkdtempSync(join(tmpdir(), 'gen-'));
  const r = runCli(['generate', '--articles', String(n), '--seed', String(seed), '--out', dir]);
  expect(r.status).toBe(0);
  return dir;
};
const contents = (dir: string) => readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]);

describe('cadregraph generate', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  test('the same seed writes the same bytes; another seed writes other articles', () => {
    const [a, b, c] = [generate(11), generate(11), generate(12)];
    dirs.push(a, b, c);
    expect(contents(a)).toEqual(contents(b));
    expect(contents(a)).not.toEqual(contents(c));
    expect(readdirSync(a).filter((f) => f.endsWith('.txt'))).toHaveLength(30);
  });

  test('gold states only what the text says; sidecars are complete', () => {
    const dir = generate(5);
    dirs.push(dir);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      const gold = JSON.parse(readFileSync(join(dir, f.replace('.txt', '.gold.json')), 'utf8'));
      const meta = JSON.parse(readFileSync(join(dir, f.replace('.txt', '.meta.json')), 'utf8'));
      for (const p of gold.people) expect(text).toContain(p.name);
      for (const d of gold.directives) expect(text).toContain(d.number);
      for (const [name] of gold.positions) expect(gold.people.map((p: { name: string }) => p.name)).toContain(name);
      expect(text).toContain(gold.locality.province);
      expect(meta).toEqual({ url: expect.stringMatching(/^https:/), source: expect.any(String), title: expect.any(String), publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\d$/), province: gold.locality.province });
    }
  });

  test('bad arguments get a one-line error', () => {
    const r = runCli(['generate', '--articles', 'many', '--out', tmpdir()]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('cadregraph: --articles must be a positive whole number');
  });
});
