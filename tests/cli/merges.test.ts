import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { jsonLines, ROOT, runCli } from '../helpers/cli';

// cadregraph merges list|review|undo and merge-people --force, on a graph of the career fixtures.
describe('cadregraph merges', () => {
  let data: string;
  const VINH_HT = 'person/ha-tinh/đặng-quốc-vinh';
  const VINH_TB = 'person/thai-binh/đặng-quốc-vinh';
  beforeAll(() => {
    data = mkdtempSync(join(tmpdir(), 'cadregraph-merges-'));
    expect(runCli(['ingest', join(ROOT, 'tests', 'fixtures', 'careers'), '--data', data]).status).toBe(0);
  });
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it('lists the transferred official, merges him on review and undoes it', () => {
    const pairs = jsonLines(runCli(['merges', 'list', '--json', '--data', data]).stdout);
    expect(pairs.map((p) => [p.a, p.b])).toContainEqual([VINH_HT, VINH_TB]);
    const same = runCli(['merges', 'review', VINH_HT, VINH_TB, 'same', '--note', 'moved in 2025', '--reviewer', 'lan', '--data', data]);
    expect(same.status).toBe(0);
    expect(same.stdout).toContain(`${VINH_TB} is now an alias of ${VINH_HT}`);
    expect(jsonLines(runCli(['merges', 'list', '--json', '--data', data]).stdout)).toEqual([]);
    const undo = runCli(['merges', 'undo', VINH_TB, '--data', data]);
    expect(undo.stdout).toBe(`restored ${VINH_HT} (Đặng Quốc Vinh) and ${VINH_TB} (Đặng Quốc Vinh)\n`);
    expect(jsonLines(runCli(['merges', 'list', '--json', '--data', data]).stdout).map((p) => p.b)).toContain(VINH_TB);
  });

  it('refuses a bad decision and names that differ in letters, in one line', () => {
    const bad = runCli(['merges', 'review', VINH_HT, VINH_TB, 'maybe', '--data', data]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('cadregraph: decision must be same, different or undecided (got "maybe")');
    const letters = runCli(['merge-people', 'person/quang-tri/nguyễn-văn-hùng', 'person/quang-tri/nguyễn-văn-hưng', '--data', data]);
    expect(letters.status).toBe(2);
    expect(letters.stderr).toMatch(/names differ in letters/);
    expect(runCli(['merge-people', 'person/quang-tri/nguyễn-văn-hùng', 'person/quang-tri/nguyễn-văn-hưng', '--force', '--data', data]).status).toBe(0);
  });
});
