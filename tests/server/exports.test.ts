// /exports/<province>.<format> and /exports/all.<format> on the real server over a graph ingested
// from the fixture articles: streamed in chunks, the same bytes as `cadregraph export`, typed and
// named, behind the read keys and the rate limit like /graphql.
import { get, request as httpRequest, type IncomingMessage } from 'http';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startServer, type RunningServer } from '../../src/server';
import { openEmbeddedStore } from '../../src/store';
import type { GraphStore } from '../../src/store/graph-store';
import { gexfGraph, readCsv, readFtm, readPopolo } from '../export/read-back';
import { ROOT, runCli } from '../helpers/cli';
import { writeWebDir } from './harness';

const tmp = mkdtempSync(join(tmpdir(), 'cadregraph-exports-http-'));
const data = join(tmp, 'data');
const webDir = writeWebDir();
let store: GraphStore;
let open: RunningServer;
let keyed: RunningServer;

beforeAll(async () => {
  const r = runCli(['ingest', join(ROOT, 'tests', 'fixtures', 'articles'), join(ROOT, 'tests', 'fixtures', 'careers'), join(ROOT, 'seeds'), '--data', data]);
  expect(r.status).toBe(0);
  store = await openEmbeddedStore(data);
  const config = { maxEventLoopDelayMs: 0 };
  open = await startServer({ store, port: 0, webDir, log: 'silent', keys: { writeKeys: ['w'], readKeys: [] }, config: { ...config, rateLimit: { max: 12, windowMs: 60_000 } } });
  keyed = await startServer({ store, port: 0, webDir, log: 'silent', keys: { writeKeys: ['w'], readKeys: ['r'] }, config: { ...config, rateLimit: { max: 0, windowMs: 60_000 } } });
});
afterAll(async () => {
  await open?.close();
  await keyed?.close();
  await store?.close();
  rmSync(tmp, { recursive: true, force: true });
  rmSync(webDir, { recursive: true, force: true });
});

interface Download {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
  chunks: number;
}

function download(base: string, path: string, headers: Record<string, string> = {}): Promise<Download> {
  return new Promise((resolve, reject) => {
    // A fresh connection each time: the CLI runs between downloads block this process longer than the
    // server keeps an idle connection, and a reused one would be reset.
    get(`${base}${path}`, { headers, agent: false }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts).toString('utf8'), chunks: parts.length }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

describe('HTTP downloads', () => {
  it('a province\'s CSV panel: streamed (chunked, no length), typed, named, the bytes the CLI writes', async () => {
    const d = await download(open.url, '/exports/quang-tri.csv-panel');
    expect(d.status).toBe(200);
    expect(d.headers['transfer-encoding']).toBe('chunked');
    expect(d.headers['content-length']).toBeUndefined();
    expect(d.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(d.headers['content-disposition']).toBe(`attachment; filename="quang-tri-province-person-year-post.csv"; filename*=UTF-8''quang-tri-province-person-year-post.csv`);
    const cli = runCli(['export', '--province', 'Quảng Trị', '--format', 'csv-panel', '--data', data]);
    expect(d.body).toBe(cli.stdout);
    expect(readCsv(d.body).rows.some((r) => r.person === 'Lê Minh Khải')).toBe(true);
  });

  it('the whole graph arrives in several chunks, province by province, and matches the CLI for GEXF, Popolo and FtM', async () => {
    for (const [format, check] of [
      ['gexf', (t: string) => expect(gexfGraph(t).order).toBeGreaterThan(100)],
      ['popolo', (t: string) => readPopolo(t)],
      ['ftm', (t: string) => readFtm(t)],
    ] as const) {
      const d = await download(open.url, `/exports/all.${format}`);
      expect(d.status).toBe(200);
      expect(d.headers['transfer-encoding']).toBe('chunked');
      expect(d.chunks).toBeGreaterThan(1);
      expect(d.body).toBe(runCli(['export', '--all', '--format', format, '--data', data]).stdout);
      check(d.body);
    }
    const d = await download(open.url, '/exports/all.ftm');
    expect(d.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(d.headers['content-disposition']).toMatch(/filename="all-graph-ftm\.jsonl"/);
  });

  it('a province by its name with diacritics and spaces is the same file as by its slug', async () => {
    const bySlug = await download(open.url, '/exports/an-giang.gexf-dynamic');
    const byName = await download(open.url, `/exports/${encodeURIComponent('An Giang')}.gexf-dynamic`);
    expect(bySlug.status).toBe(200);
    expect(byName.body).toBe(bySlug.body);
    expect(bySlug.headers['content-type']).toBe('application/gexf+xml; charset=utf-8');
  });

  it('an unknown format is 400, an unknown province 404, each with one message', async () => {
    const format = await download(open.url, '/exports/an-giang.xlsx');
    expect(format.status).toBe(400);
    expect(JSON.parse(format.body).errors[0].message).toMatch(/unknown export format "xlsx".*csv-panel/);
    const province = await download(open.url, '/exports/narnia.gexf');
    expect(province.status).toBe(404);
    expect(JSON.parse(province.body).errors[0]).toMatchObject({ message: expect.stringMatching(/no body or meeting of province "narnia"/), extensions: { code: 'NOT_FOUND' } });
  });

  it('needs a read key where reads need one, as /graphql does', async () => {
    expect((await download(keyed.url, '/exports/an-giang.csv-tenures')).status).toBe(401);
    expect((await download(keyed.url, '/exports/an-giang.csv-tenures', { authorization: 'Bearer nope' })).status).toBe(401);
    const withKey = await download(keyed.url, '/exports/an-giang.csv-tenures', { authorization: 'Bearer r' });
    expect(withKey.status).toBe(200);
    expect(readCsv(withKey.body).rows.length).toBeGreaterThan(3);
  });

  it('runs two exports at once; a third, while they stream, is told to come back', async () => {
    // The same store, but its province list waits until the test opens the gate: two whole-graph
    // downloads have sent their headers and are streaming when the third one asks.
    let openGate!: () => void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    const slow = new Proxy(store, {
      get: (target, key) => (key === 'provinces' ? async () => (await gate, target.provinces()) : Reflect.get(target, key).bind?.(target) ?? Reflect.get(target, key)),
    });
    const server = await startServer({ store: slow, port: 0, webDir, log: 'silent', keys: { writeKeys: [], readKeys: [] }, config: { maxEventLoopDelayMs: 0, rateLimit: { max: 0, windowMs: 60_000 } } });
    try {
      const first = download(server.url, '/exports/all.csv-tenures');
      const second = download(server.url, '/exports/all.ftm');
      await new Promise((r) => setTimeout(r, 300));
      const third = await download(server.url, '/exports/all.gexf');
      expect(third.status).toBe(503);
      expect(third.headers['retry-after']).toBe('10');
      openGate();
      expect((await first).status).toBe(200);
      expect(readCsv((await first).body).rows.length).toBeGreaterThan(10);
      expect((await second).status).toBe(200);
      // Both finished: the next one runs.
      expect((await download(server.url, '/exports/an-giang.csv-panel')).status).toBe(200);
    } finally {
      openGate();
      await server.close();
    }
  });

  it('a HEAD, a refusal or a download the client leaves frees its slot', async () => {
    const server = await startServer({ store, port: 0, webDir, log: 'silent', keys: { writeKeys: [], readKeys: [] }, config: { maxEventLoopDelayMs: 0, rateLimit: { max: 0, windowMs: 60_000 } } });
    const request = (method: string, path: string, leave = false) => new Promise<{ status: number; headers: IncomingMessage['headers'] }>((resolve, reject) => {
      const req = httpRequest(`${server.url}${path}`, { method, agent: false }, (res) => {
        if (leave) res.once('data', () => (req.destroy(), resolve({ status: res.statusCode!, headers: res.headers })));
        else res.resume().on('end', () => resolve({ status: res.statusCode!, headers: res.headers }));
      });
      req.on('error', (e) => (leave ? undefined : reject(e)));
      req.end();
    });
    try {
      for (let i = 0; i < 3; i++) {
        const head = await request('HEAD', '/exports/all.gexf');
        expect(head.status).toBe(200);
        expect(head.headers['content-disposition']).toMatch(/all-graph-network\.gexf/);
      }
      for (let i = 0; i < 3; i++) expect((await request('GET', '/exports/narnia.gexf')).status).toBe(404);
      for (let i = 0; i < 3; i++) expect((await request('GET', '/exports/all.popolo', true)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 200));
      expect((await request('GET', '/exports/an-giang.gexf')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('counts against the rate limit like any request', async () => {
    let last: Download | undefined;
    for (let i = 0; i < 20 && last?.status !== 429; i++) last = await download(open.url, '/exports/an-giang.csv-tenures');
    expect(last!.status).toBe(429);
    expect(last!.headers['retry-after']).toBeDefined();
  });
});
