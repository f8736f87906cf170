// /readyz says whether the store can WRITE, through the real server: a vanished data folder, a
// full disk and a read-only store each answer 503 with the cause in one line, while /healthz and
// reads go on; another process writing is not a fault, and the probe writes nothing.
import Database from 'better-sqlite3';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startServer, type RunningServer } from '../../src/server';
import { openEmbeddedStore } from '../../src/store';
import type { GraphStore } from '../../src/store/graph-store';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { article, body } from '../store/facts-builder';
import { useSmallDisk } from '../helpers/small-disk';

const tmp = mkdtempSync(join(tmpdir(), 'cadregraph-readyz-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const stored = article({ id: 'r1', province: 'Thanh Hóa', published: '2024-03-02', people: [{ name: 'Lê Văn Một', positions: [{ title: 'Bí thư', org: body('Tỉnh ủy', 'Thanh Hóa') }] }] });

async function serve(store: GraphStore): Promise<RunningServer> {
  return startServer({ store, port: 0, keys: { writeKeys: [], readKeys: [] }, config: { maxEventLoopDelayMs: 0 } });
}

const get = async (server: RunningServer, path: string) => {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, body: (await res.json()) as { status: string; error?: string } };
};

async function expectUnready(server: RunningServer, cause: RegExp) {
  const ready = await get(server, '/readyz');
  expect(ready.status).toBe(503);
  expect(ready.body.status).toBe('unavailable');
  expect(ready.body.error).toMatch(cause);
  expect(ready.body.error!.split('\n')).toHaveLength(1);
  expect((await get(server, '/healthz')).status).toBe(200);
}

async function withServer(dir: string, test: (server: RunningServer, store: GraphStore) => Promise<void>) {
  const store = await openEmbeddedStore(dir);
  await store.upsertArticle(stored);
  const server = await serve(store);
  try {
    await test(server, store);
  } finally {
    await server.close();
    await store.close().catch(() => undefined);
  }
}

it('ready when the store can write, and the probe leaves nothing behind', async () => {
  await withServer(join(tmp, 'fine'), async (server, store) => {
    const before = await store.stats();
    for (let i = 0; i < 3; i++) expect(await get(server, '/readyz')).toEqual({ status: 200, body: { status: 'ready', store: 'sqlite' } });
    expect(await store.stats()).toEqual(before);
    expect(await store.mergeReviews()).toEqual([]);
  });
});

it('another process holding the write lock is not a fault, and readiness does not wait for it', async () => {
  const dir = join(tmp, 'busy');
  await withServer(dir, async (server) => {
    const other = new Database(join(dir, 'graph.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    try {
      const started = Date.now();
      expect((await get(server, '/readyz')).status).toBe(200);
      // The store's busy timeout is 10 s; the probe does not take it.
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});

it('a data folder removed under the server: 503 naming the cause, reads and /healthz go on', async () => {
  const dir = join(tmp, 'vanishing');
  await withServer(dir, async (server) => {
    rmSync(dir, { recursive: true, force: true });
    await expectUnready(server, /graph file .*graph\.sqlite was removed while cadregraph had it open/);
    const r = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ people { totalCount } }' }) });
    expect(((await r.json()) as any).data.people.totalCount).toBe(1);
  });
});

it('a store that cannot write (opened read-only): 503 naming the cause', async () => {
  const dir = join(tmp, 'read-only');
  const writable = await openEmbeddedStore(dir);
  await writable.upsertArticle(stored);
  const file = join(dir, 'graph.sqlite');
  const store = new SqliteStore(new Database(file, { readonly: true }), file);
  const server = await serve(store);
  try {
    await expectUnready(server, /graph\.sqlite cannot be written \(read-only file, folder or disk/);
  } finally {
    await server.close();
    await store.close();
    await writable.close();
  }
});

describe('a full disk', () => {
  const disk = useSmallDisk(tmp, '4m');
  const mnt = disk.path;

  it('503 naming the cause while the disk is full, ready again once there is room', async () => {
    if (!disk.mounted()) {
      console.warn('full-disk readiness test not run: cannot mount a small tmpfs (needs root)');
      return;
    }
    await withServer(join(mnt, 'data'), async (server) => {
      expect((await get(server, '/readyz')).status).toBe(200);
      const filler = join(mnt, 'filler');
      const fd = openSync(filler, 'w');
      try {
        for (;;) writeSync(fd, Buffer.alloc(64 * 1024));
      } catch (e) {
        expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
      } finally {
        closeSync(fd);
      }
      await expectUnready(server, /^the disk holding .*graph\.sqlite is full/);
      rmSync(filler);
      expect((await get(server, '/readyz')).status).toBe(200);
    });
  });
});
