import { mkdtempSync, cpSync, writeFileSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadLexiconData, LexiconError, LEXICON_DIR } from '../../src/lexicon/load';

// sources.yaml: every problem is reported as file:line, like the other lexicon files.
function problemsWith(edit: (yaml: string) => string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-sources-'));
  try {
    cpSync(LEXICON_DIR, dir, { recursive: true });
    const file = join(dir, 'sources.yaml');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    try {
      loadLexiconData(dir);
      return [];
    } catch (e) {
      expect(e).toBeInstanceOf(LexiconError);
      return (e as LexiconError).problems;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('sources.yaml', () => {
  test('loads with a site for every province', () => {
    expect(problemsWith((y) => y)).toEqual([]);
  });
  test('an unknown province, a domain listed twice and a province left out are reported', () => {
    const problems = problemsWith((y) => y.replace('province: an-giang\n', 'province: an-giangg\n').replace('{ domain: baoangiang.com.vn,', '{ domain: baothanhhoa.vn,'));
    expect(problems.some((p) => /^sources\.yaml:\d+: unknown province an-giangg$/.test(p))).toBe(true);
    expect(problems.some((p) => /^sources\.yaml:\d+: baothanhhoa\.vn is already listed under an-giang$/.test(p))).toBe(true);
    expect(problems).toContain('sources.yaml:1: no sites for province an-giang');
  });
  test('a domain written with www. or capitals is reported at its line', () => {
    const problems = problemsWith((y) => y.replace('{ domain: baodongkhoi.vn,', '{ domain: www.BaoDongKhoi.vn,'));
    expect(problems.some((p) => /^sources\.yaml:\d+: .*domain: a domain is a lower-case host name/.test(p))).toBe(true);
  });
});
