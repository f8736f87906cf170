// The real `cadregraph serve` process: SIGTERM while a request is still arriving lets it finish,
// refuses new connections, then closes the store and exits 0; past the shutdown timeout a request
// that never ends is cut and the process still exits 0. The write the slow request made is in the
// store afterwards.
import { spawn, type ChildProcess } from 'child_process';
import { request } from 'http';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openEmbeddedStore } from '../../src/store';
import { BIN } from '../helpers/cli';

const KEY = 'shutdown-test-key';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cadregraph-shutdown-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Served {
  child: ChildProcess;
  url: string;
  out: () => string;
  exited: Promise<number | null>;
  waitFor(pattern: RegExp): Promise<void>;
}

async function serve(data: string, args: string[] = [], env: Record<string, string> = {}): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', data, ...args], {
    // Not NODE_ENV=test (jest's): libraries behave differently there (Apollo installs its own signal handlers outside tests).
    env: { ...process.env, NODE_ENV: 'production', CADREGRAPH_API_KEYS: KEY, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (pattern.test(out)) {
          clearInterval(timer);
          resolve();
        } else if (child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`serve exited (${child.exitCode}) before ${pattern}:\n${out}`));
        }
      }, 20);
    });
  await waitFor(/serving .* at (http:\/\/\S+)\//);
  const url = /serving .* at (http:\/\/\S+)\//.exec(out)![1];
  return { child, url, out: () => out, exited, waitFor };
}

/** A POST whose body arrives in two parts: the second only when `finish` is called. */
function slowPost(url: string, body: string) {
  const half = Math.floor(body.length / 2);
  let finish!: () => void;
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}`, 'content-length': Buffer.byteLength(body) },
    }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.write(body.slice(0, half));
    finish = () => req.end(body.slice(half));
  });
  return { response, finish: () => finish() };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const article = 'Sáng 20/6/2024, đồng chí Vàng Seo Dình, Bí thư Huyện ủy Mèo Vạc chủ trì hội nghị giao ban. Dự hội nghị có đồng chí Giàng Thị Mai, Phó Chủ tịch UBND huyện.';
const mutation = JSON.stringify({
  query: 'mutation ($text: String!) { ingestArticle(input: { text: $text, province: "Hà Giang", publishedAt: "2024-06-21" }) { created } }',
  variables: { text: article },
});

it('SIGTERM: the running request finishes, new connections are refused, the store is closed, exit 0', async () => {
  const data = join(dir, 'graceful');
  const s = await serve(data);
  const ok = await fetch(`${s.url}/healthz`);
  expect(ok.status).toBe(200);
  // One log line per request, after it is answered.
  await s.waitFor(/"msg":"request"/);
  expect(s.out().match(/"msg":"request"/g)).toHaveLength(1);
  expect(s.out()).toMatch(/"method":"GET","url":"\/healthz","status":200/);

  const slow = slowPost(s.url, mutation);
  await sleep(300);
  s.child.kill('SIGTERM');
  await s.waitFor(/SIGTERM: finishing running requests/);
  await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
  await sleep(500);
  expect(s.child.exitCode).toBeNull(); // still waiting for the slow request
  slow.finish();
  const answer = await slow.response;
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toEqual({ data: { ingestArticle: { created: true } } });
  expect(await s.exited).toBe(0);
  expect(s.out()).toMatch(/stopped; store closed/);

  const store = await openEmbeddedStore(data);
  try {
    const found = await store.search('vang seo dinh', 5);
    expect(found.map((f) => f.label)).toContain('Vàng Seo Dình');
  } finally {
    await store.close();
  }
}, 120_000);

it('past the shutdown timeout a request that never ends is cut, and the process still exits 0', async () => {
  const s = await serve(join(dir, 'deadline'), ['--quiet'], { CADREGRAPH_SHUTDOWN_TIMEOUT: '1' });
  const stuck = slowPost(s.url, mutation);
  stuck.response.catch(() => undefined);
  await sleep(300);
  const t0 = Date.now();
  s.child.kill('SIGTERM');
  expect(await s.exited).toBe(0);
  expect(Date.now() - t0).toBeLessThan(10_000);
  await expect(stuck.response).rejects.toThrow();
  expect(s.out()).toMatch(/stopped; store closed/);
  expect(s.out()).not.toMatch(/"msg":"request"/); // --quiet
}, 120_000);

it('SIGINT stops the same way', async () => {
  const s = await serve(join(dir, 'sigint'));
  s.child.kill('SIGINT');
  expect(await s.exited).toBe(0);
  expect(s.out()).toMatch(/SIGINT: finishing running requests[\s\S]*stopped; store closed/);
}, 120_000);
