// One data folder, several real processes: `serve` keeps answering GraphQL while `ingest` writes
// in another process, `stats` and `export` run beside both, and two ingests at once wait for
// each other and store every article exactly once.
import { spawn, type ChildProcess } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BIN, ROOT, runCli } from '../helpers/cli';

const tmp = mkdtempSync(join(tmpdir(), 'cadregraph-processes-'));
const corpus = join(tmp, 'corpus');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(() => {
  expect(runCli(['generate', '--articles', '150', '--seed', '17', '--out', corpus]).status).toBe(0);
});

const stats = (data: string) => JSON.parse(runCli(['stats', '--json', '--data', data]).stdout);

function start(args: string[]): { child: ChildProcess; out: () => string; exited: Promise<number | null> } {
  // The queries below come as fast as the server answers: no rate limit for this test's client.
  const env = { ...process.env, NODE_ENV: 'production', CADREGRAPH_RATE_LIMIT: '0' };
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return { child, out: () => out, exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}

/**
 * A command run beside the server without blocking this process: a synchronous child would stall
 * the test's event loop for seconds, and the kept-alive connection to the server would be closed
 * under it (the server closes idle ones after 5 s), failing the next request for the test's sake.
 */
function runAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

const until = (check: () => boolean) =>
  new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (check()) {
        clearInterval(timer);
        resolve();
      }
    }, 20);
  });

async function graphql(url: string, query: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect({ status: res.status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
  return body.data!;
}

it('serve answers while ingest writes in another process; stats and export run beside them', async () => {
  // Enough articles that the ingest is still writing once export and stats are done.
  const larger = join(tmp, 'larger');
  expect(runCli(['generate', '--articles', '500', '--seed', '18', '--out', larger]).status).toBe(0);
  const data = join(tmp, 'shared');
  const served = start(['serve', '--port', '0', '--quiet', '--data', data]);
  await until(() => /serving .* at http:\/\/\S+\//.test(served.out()) || served.child.exitCode !== null);
  const url = /serving .* at (http:\/\/\S+)\//.exec(served.out())?.[1];
  expect(url).toBeDefined();
  try {
    // One article a transaction, so that the ingest commits many times while serve reads and
    // is still writing when export and stats (each a process of their own) are done.
    const ingest = start(['ingest', larger, '--data', data, '--group', '1']);
    const counts: number[] = [];
    let answeredDuringIngest = 0;
    let exportedDuringIngest = false;
    while (ingest.child.exitCode === null) {
      const d = await graphql(url!, '{ meetings(first: 1) { totalCount } provinces { name } }');
      const count = (d.meetings as { totalCount: number }).totalCount;
      if (ingest.child.exitCode === null) answeredDuringIngest++;
      counts.push(count);
      const provinces = d.provinces as Array<{ name: string }>;
      if (!exportedDuringIngest && provinces.length && ingest.child.exitCode === null) {
        const [r, st] = await Promise.all([runAsync(['export', '--province', provinces[0].name, '--format', 'json', '--data', data]), runAsync(['stats', '--json', '--data', data])]);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(JSON.parse(r.stdout).people.length).toBeGreaterThan(0);
        expect(JSON.parse(st.stdout).nodes.Article).toBeGreaterThan(0);
        exportedDuringIngest = ingest.child.exitCode === null;
      }
    }
    expect(await ingest.exited).toBe(0);
    expect(answeredDuringIngest).toBeGreaterThan(1);
    expect(exportedDuringIngest).toBe(true);
    // Each answer saw a committed state: never fewer meetings than the answer before.
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    const final = (await graphql(url!, '{ meetings(first: 1) { totalCount } }')).meetings as { totalCount: number };
    expect(final.totalCount).toBe(stats(data).nodes.Meeting);
    expect(stats(data).nodes.Article).toBe(500);
  } finally {
    served.child.kill('SIGTERM');
    await served.exited;
  }
}, 180_000);

it('two ingests of one corpus into one folder at once wait for each other and store every article once', async () => {
  const clean = join(tmp, 'clean');
  expect(runCli(['ingest', corpus, '--data', clean]).status).toBe(0);
  const both = join(tmp, 'both');
  const a = start(['ingest', corpus, '--data', both, '--group', '2']);
  const b = start(['ingest', corpus, '--data', both, '--group', '2']);
  expect([await a.exited, await b.exited]).toEqual([0, 0]);
  expect(stats(both)).toEqual(stats(clean));
}, 180_000);
