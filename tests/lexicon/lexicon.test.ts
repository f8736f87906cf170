import { mkdtempSync, cpSync, writeFileSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadLexiconData, LexiconError, LEXICON_DIR } from '../../src/lexicon/load';
import { extractArticle } from '../../src/extract';
import { runCli } from '../helpers/cli';

const data = loadLexiconData();
const extract = (sentence: string) => extractArticle({ file: 'ex.txt', text: `Hội nghị\n${sentence}`, format: 'text', meta: {} });

describe('the lexicon files', () => {
  test('load and validate', () => {
    expect(data.titles.length).toBeGreaterThan(30);
    expect(data.bodies.length).toBeGreaterThan(40);
  });

  test('npm run lexicon:check reports every problem as file:line: message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    try {
      cpSync(LEXICON_DIR, dir, { recursive: true });
      const titles = join(dir, 'titles.yaml');
      writeFileSync(titles, readFileSync(titles, 'utf8').replace('- id: bi-thu\n  name: Bí thư', '- id: Bí-thư\n  name: Bí thư\n  colour: red'));
      expect(() => loadLexiconData(dir)).toThrow(LexiconError);
      const r = runCli(['lexicon-check', '--dir', dir]);
      expect(r.status).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines.some((l) => /^titles\.yaml:\d+: .*id.*kebab-case/.test(l))).toBe(true);
      expect(lines.some((l) => /^titles\.yaml:\d+: .*colour/.test(l))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Every example sentence in the lexicon is a test: the entry it illustrates must be read from it.
describe('lexicon examples', () => {
  const titleCases = data.titles.flatMap((t) => (t.examples ?? []).map((e) => [t.id, e, t.name] as const));
  test.each(titleCases)('title %s: %s', (_id, example, title) => {
    const titles = extract(example).people.flatMap((p) => p.positions.map((q) => q.title));
    expect(titles).toContain(title);
  });
  const bodyCases = data.bodies.flatMap((b) => (b.examples ?? []).map((e) => [b.id, e, b.name] as const));
  test.each(bodyCases)('body %s: %s', (_id, example, body) => {
    const orgs = extract(example).people.flatMap((p) => p.positions.map((q) => q.organization.name));
    expect(orgs.some((o) => o.startsWith(body))).toBe(true);
  });
});
