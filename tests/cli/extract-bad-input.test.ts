import { mkdtempSync, writeFileSync, copyFileSync, rmSync, openSync, writeSync, closeSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli, jsonLines, ROOT } from '../helpers/cli';

// Each bad file gets its own one-line error; the good file beside it is still read.
describe('cadregraph extract on bad input', () => {
  let dir: string;
  const good = () => join(dir, 'good.txt');
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cadregraph-bad-'));
    copyFileSync(join(ROOT, 'tests/fixtures/extract/thanh-hoa-giao-ban.txt'), good());
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), '  \n\n ');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00, 0x01]));
    // "Thanh Hóa" in Windows-1258 bytes: not valid UTF-8.
    writeFileSync(join(dir, 'cp1258.txt'), Buffer.from([0x54, 0x68, 0x61, 0x6e, 0x68, 0x20, 0x48, 0xf3, 0x61, 0x20, 0xec, 0x2e]));
    writeFileSync(join(dir, 'weather.txt'), 'Dự báo thời tiết ngày 16/3\nTrời nắng, nhiệt độ cao nhất 32 độ C, độ ẩm 70%. Chiều tối có mưa rào rải rác.\n');
    const fd = openSync(join(dir, 'huge.txt'), 'w');
    const chunk = Buffer.alloc(1024 * 1024, 'Hội nghị giao ban. ');
    for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    closeSync(fd);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('with --json every file gets a line, errors say what is wrong, exit code is 1', () => {
    const names = ['empty.txt', 'good.txt', 'blank.txt', 'binary.txt', 'cp1258.txt', 'weather.txt', 'huge.txt', 'missing.txt'];
    const r = runCli(['extract', '--json', ...names.map((n) => join(dir, n))]);
    expect(r.status).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.file)).toEqual(names.map((n) => join(dir, n)));
    const err = Object.fromEntries(lines.map((l) => [l.file.split('/').pop(), l.error]));
    expect(err['good.txt']).toBeUndefined();
    expect(err['empty.txt']).toMatch(/empty/);
    expect(err['blank.txt']).toMatch(/empty/);
    expect(err['binary.txt']).toMatch(/binary/);
    expect(err['cp1258.txt']).toMatch(/UTF-8/);
    expect(err['weather.txt']).toBeUndefined();
    expect(lines[5].notice).toMatch(/no officials, meetings or personnel events/);
    expect(lines[5].meetings).toEqual([]);
    expect(err['huge.txt']).toMatch(/too large/);
    expect(err['missing.txt']).toMatch(/no such file/);
    for (const e of Object.values(err)) if (e) expect(e).not.toMatch(/\n/);
    const goodLine = lines[1];
    expect(goodLine.meetings[0].chairs.map((c: { name: string }) => c.name)).toEqual(['Lại Thế Nguyên']);
  });

  test('without --json errors go to stderr as file: message, the summary to stdout', () => {
    const r = runCli(['extract', good(), join(dir, 'binary.txt')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Lại Thế Nguyên');
    expect(r.stderr.trim().split('\n')).toEqual([`${join(dir, 'binary.txt')}: binary file (contains NUL bytes), not an article`]);
  });

  test('a folder is read recursively and a clean run exits 0', () => {
    const sub = join(dir, 'folder');
    require('fs').mkdirSync(sub, { recursive: true });
    copyFileSync(good(), join(sub, 'a.txt'));
    const r = runCli(['extract', '--json', sub]);
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)).toHaveLength(1);
  });

  test('an article about no official is a notice, not a failure', () => {
    const r = runCli(['extract', join(dir, 'weather.txt')]);
    expect(r.status).toBe(0);
    expect(r.stderr.trim()).toBe(`${join(dir, 'weather.txt')}: no officials, meetings or personnel events found in the article`);
    expect(r.stdout).toBe('');
  });
});
