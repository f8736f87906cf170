// Ingestion through the real CLI, as a user runs it: summary, re-runs, bad input, a data
// folder another process is writing, and an ingest killed mid-run then run again.
import { spawn } from 'child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BIN, ROOT, runCli } from '../helpers/cli';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'articles');
// Every fixture article is stored, however many there are.
const ARTICLES = readdirSync(FIXTURES).filter((f) => /\.(txt|html?)$/.test(f)).length;
const tmp = mkdtempSync(join(tmpdir(), 'cadregraph-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const stats = (data: string) => JSON.parse(runCli(['stats', '--json', '--data', data]).stdout);

describe('cadregraph ingest', () => {
  const data = join(tmp, 'fixtures');

  it('stores every article and ends with a summary', () => {
    const r = runCli(['ingest', FIXTURES, '--data', data]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`stored: ${ARTICLES} article\\(s\\) \\(1 with no meeting or official\\)`));
    expect(r.stdout).toMatch(/already present: 0\nfailed: 0\ncreated: \d+ node\(s\), \d+ relationship\(s\)/);
    // Not a terminal: one plain line per article on stderr.
    expect(r.stderr.split('\n').filter((l) => l.startsWith('stored ')).length).toBe(ARTICLES);
    const s = stats(data);
    expect(s.nodes.Article).toBe(ARTICLES);
    expect(s.relationships.CHAIRED).toBeGreaterThan(10);
  });

  it('a second run recognises every article and creates nothing', () => {
    const before = stats(data);
    const r = runCli(['ingest', FIXTURES, '--data', data, '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ stored: 0, alreadyPresent: ARTICLES, nodesCreated: 0, relationshipsCreated: 0 });
    expect(stats(data)).toEqual(before);
  });

  it('reports bad files, stores the rest and exits 1', () => {
    const dir = join(tmp, 'mixed');
    const d2 = join(tmp, 'mixed-data');
    require('fs').mkdirSync(dir);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 255, 0, 7]));
    writeFileSync(join(dir, 'ok.txt'), require('fs').readFileSync(join(ROOT, 'seeds', '02-thanh-hoa-giao-ban.txt')));
    const r = runCli(['ingest', dir, join(tmp, 'missing.txt'), '--data', d2]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/stored: 1 article/);
    expect(r.stdout).toMatch(/failed: 3/);
    expect(r.stdout).toMatch(/empty\.txt: .+/);
    expect(r.stdout).toMatch(/missing\.txt: no such file/);
    expect(stats(d2).nodes.Article).toBe(1);
  });

  it('fails an article that takes longer than the time budget, in one line, and stores the rest', () => {
    const dir = join(tmp, 'slow');
    require('fs').mkdirSync(dir);
    const seeds = ['01-nghe-an-ky-son-working-session.txt', '02-lao-cai-council-session-co-chairs.txt', '03-central-delegation-quang-nam.txt'];
    for (const f of seeds) writeFileSync(join(dir, f), require('fs').readFileSync(join(FIXTURES, f)));
    // Megabytes on one line: linear, but far past the budget on any machine.
    const line = require('fs').readFileSync(join(FIXTURES, seeds[0]), 'utf8').replace(/\n/g, ' ');
    writeFileSync(join(dir, 'huge.txt'), line.repeat(Math.ceil(8e6 / line.length)));
    const r = runCli(['ingest', dir, '--data', join(tmp, 'slow-data'), '--time-budget', '1.5']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/stored: 3 article/);
    expect(r.stdout).toMatch(/failed: 1\n {2}\S+huge\.txt: extraction took longer than 1\.5 s \(the time budget per article\); skipped\n/);
    expect(stats(join(tmp, 'slow-data')).nodes.Article).toBe(3);
  });

  it('a second writer waits for the first, then says in one line that the folder is being written, and changes nothing', async () => {
    // Another process holds the write lock (an open write transaction) for as long as it runs.
    const file = join(data, 'graph.sqlite');
    const holder = spawn(process.execPath, ['-e', `const db = new (require('better-sqlite3'))(${JSON.stringify(file)}); db.exec('BEGIN IMMEDIATE'); console.log('locked'); setInterval(() => undefined, 1000);`], { cwd: ROOT });
    await new Promise<void>((resolve) => holder.stdout.on('data', () => resolve()));
    try {
      const r = runCli(['ingest', FIXTURES, '--data', data], { env: { CADREGRAPH_BUSY_TIMEOUT_MS: '300' } });
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^cadregraph: the data folder .+ is being written by another cadregraph process/)]);
      // Reading needs no lock: stats answers while the other process writes.
      expect(stats(data).nodes.Article).toBe(ARTICLES);
    } finally {
      holder.kill();
      await new Promise((resolve) => holder.on('exit', resolve));
    }
  });
});

describe('an ingest killed mid-run', () => {
  const corpus = join(tmp, 'corpus');
  beforeAll(() => {
    expect(runCli(['generate', '--articles', '120', '--seed', '11', '--out', corpus]).status).toBe(0);
  });

  it('and run again stores every article exactly once', async () => {
    const clean = join(tmp, 'clean');
    expect(runCli(['ingest', corpus, '--data', clean]).status).toBe(0);
    const expected = stats(clean);

    const killed = join(tmp, 'killed');
    // Small groups, so that the kill falls between commits.
    const child = spawn(process.execPath, [BIN, 'ingest', corpus, '--data', killed, '--group', '16'], { cwd: ROOT });
    // Kill once some articles are in, while the rest are still being written.
    await new Promise<void>((resolve) => {
      let stored = 0;
      child.stderr.on('data', (chunk: Buffer) => {
        stored += (chunk.toString().match(/^stored /gm) ?? []).length;
        if (stored >= 30) resolve();
      });
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    const partial = stats(killed);
    expect(partial.nodes.Article).toBeGreaterThan(0);
    expect(partial.nodes.Article).toBeLessThan(expected.nodes.Article);

    const rerun = runCli(['ingest', corpus, '--data', killed, '--json']);
    expect(rerun.status).toBe(0);
    expect(JSON.parse(rerun.stdout).alreadyPresent).toBeGreaterThanOrEqual(partial.nodes.Article);
    expect(stats(killed)).toEqual(expected);
  });
});
