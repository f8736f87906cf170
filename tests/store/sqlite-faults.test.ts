// What the embedded store does with folders and files it cannot use: one line saying what it is,
// and nothing touched. A full disk fails the write under way; what was committed before stays.
import Database from 'better-sqlite3';
import { execFileSync } from 'child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openEmbeddedStore } from '../../src/store';
import { readStatements } from '../../src/store/sqlite/statements';
import { article, body } from './facts-builder';
import { useSmallDisk } from '../helpers/small-disk';

const tmp = mkdtempSync(join(tmpdir(), 'cadregraph-faults-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TU = body('Tỉnh ủy', 'Thanh Hóa');
const report = (id: string, people = 1) => article({
  id, province: 'Thanh Hóa', published: '2024-03-02',
  people: Array.from({ length: people }, (_, i) => ({ name: `Người ${id} ${i}`, positions: [{ title: 'Ủy viên', org: TU }] })),
  meetings: [{ date: '2024-03-01', chairs: [`Người ${id} 0`], participants: Array.from({ length: people - 1 }, (_, i) => `Người ${id} ${i + 1}`) }],
});

async function oneLineError(dir: string): Promise<string> {
  const e = await openEmbeddedStore(dir).then(
    async (s) => {
      await s.close();
      throw new Error('opened');
    },
    (err: Error) => err,
  );
  expect(e.message.split('\n')).toHaveLength(1);
  return e.message;
}

async function storedGraph(name: string, articles: number): Promise<string> {
  const dir = join(tmp, name);
  const store = await openEmbeddedStore(dir);
  await store.upsertArticles(Array.from({ length: articles }, (_, i) => report(`${name}-${i}`, 5)));
  await store.close();
  return dir;
}

it('a folder made by the Kùzu version says so in one line, and nothing is deleted', async () => {
  const dir = join(tmp, 'kuzu');
  mkdirSync(join(dir, 'graph.kuzu'), { recursive: true });
  writeFileSync(join(dir, 'graph.kuzu', 'data.kz'), 'old');
  expect(await oneLineError(dir)).toMatch(/made by an earlier version .*Kùzu.*ingest the articles again/);
  expect(readdirSync(dir)).toEqual(['graph.kuzu']);
  expect(readdirSync(join(dir, 'graph.kuzu'))).toEqual(['data.kz']);
});

it('an empty graph file is refused in one line and left as it is', async () => {
  const dir = join(tmp, 'empty');
  mkdirSync(dir);
  writeFileSync(join(dir, 'graph.sqlite'), '');
  expect(await oneLineError(dir)).toMatch(/graph\.sqlite is empty \(0 bytes\)/);
  expect(statSync(join(dir, 'graph.sqlite')).size).toBe(0);
});

it('a file that is not a database is refused in one line', async () => {
  const dir = join(tmp, 'garbage');
  mkdirSync(dir);
  writeFileSync(join(dir, 'graph.sqlite'), Buffer.alloc(8192, 'x'));
  expect(await oneLineError(dir)).toMatch(/graph\.sqlite is damaged/);
});

it('a graph whose pages were overwritten is refused in one line (quick_check)', async () => {
  const dir = await storedGraph('damaged', 40);
  const file = join(dir, 'graph.sqlite');
  const pages = statSync(file).size / 4096;
  expect(pages).toBeGreaterThan(8);
  // Garbage over a run of pages in the middle: the header still says SQLite, the b-trees do not hold.
  const fd = openSync(file, 'r+');
  for (let p = Math.floor(pages / 3); p < Math.floor(pages / 3) + 4; p++) writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, p * 4096);
  closeSync(fd);
  expect(await oneLineError(dir)).toMatch(/graph\.sqlite is damaged/);
});

it('a truncated graph file is refused in one line', async () => {
  const dir = await storedGraph('truncated', 40);
  const file = join(dir, 'graph.sqlite');
  execFileSync('truncate', ['-s', String(Math.floor(statSync(file).size / 2)), file]);
  expect(await oneLineError(dir)).toMatch(/graph\.sqlite is damaged/);
});

it('a read-only data folder is refused in one line naming the cause, and its graph is left as it is', async () => {
  const mnt = join(tmp, 'read-only');
  mkdirSync(mnt);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mnt], { stdio: 'ignore' });
  } catch {
    console.warn('read-only folder test not run: cannot mount a tmpfs (needs root)');
    return;
  }
  try {
    const dir = join(mnt, 'data');
    const store = await openEmbeddedStore(dir);
    await store.upsertArticles([report('ro-1')]);
    await store.close();
    execFileSync('mount', ['-o', 'remount,ro', mnt]);
    expect(await oneLineError(dir)).toMatch(/^the data folder .+ cannot be written \(EROFS\)/);
    execFileSync('mount', ['-o', 'remount,rw', mnt]);
    const again = await openEmbeddedStore(dir);
    expect((await again.stats()).nodes.Article).toBe(1);
    await again.close();
  } finally {
    execFileSync('umount', ['-l', mnt]);
  }
});

describe('a full disk', () => {
  const disk = useSmallDisk(tmp, '1m');
  const mnt = disk.path;

  it('fails the group being written; every group committed before stays, and the store opens whole afterwards', async () => {
    if (!disk.mounted()) {
      console.warn('full-disk test not run: cannot mount a small tmpfs (needs root)');
      return;
    }
    const dir = join(mnt, 'data');
    const store = await openEmbeddedStore(dir);
    const committed: string[] = [];
    let failure: Error | null = null;
    let failedGroup: string[] = [];
    for (let g = 0; g < 500 && !failure; g++) {
      const group = Array.from({ length: 10 }, (_, i) => report(`g${g}-${i}`, 8));
      try {
        await store.upsertArticles(group);
        committed.push(...group.map((a) => a.articleId));
      } catch (e) {
        failure = e as Error;
        failedGroup = group.map((a) => a.articleId);
      }
    }
    expect(failure?.message).toMatch(/^the disk holding .+ is full: nothing of this write was stored/);
    expect(committed.length).toBeGreaterThan(0);
    // Still readable while the disk is full.
    expect((await store.getArticles(committed)).length).toBe(committed.length);
    expect(await store.getArticles(failedGroup)).toEqual([]);
    await store.close().catch(() => undefined);

    // With room again, the folder opens (quick_check passes) with exactly what was committed.
    execFileSync('mount', ['-o', 'remount,size=64m', mnt]);
    const again = await openEmbeddedStore(dir);
    try {
      expect((await again.stats()).nodes.Article).toBe(committed.length);
      expect(await again.getArticles(failedGroup)).toEqual([]);
      expect((await again.upsertArticles(failedGroup.map((id) => report(id, 8)))).every((r) => r.created)).toBe(true);
    } finally {
      await again.close();
    }
    expect(existsSync(join(dir, 'graph.sqlite'))).toBe(true);
  });
});

// Schema 3 held relationships by their node ids (edge, a table) and evidence referring to it;
// schema 4 numbers the ids (node) and keys the relationships by them (rel, with edge a view).
const SCHEMA_3 = `
CREATE TABLE edge_3 (id INTEGER PRIMARY KEY, type TEXT NOT NULL, src TEXT NOT NULL, dst TEXT NOT NULL);
INSERT INTO edge_3 SELECT id, type, src, dst FROM edge;
CREATE TABLE evidence_3 (
  id INTEGER PRIMARY KEY, edge_id INTEGER NOT NULL REFERENCES edge(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES article(id), quote TEXT NOT NULL, seen TEXT, status TEXT, roles INTEGER NOT NULL DEFAULT 0
);
INSERT INTO evidence_3 SELECT * FROM evidence;
DROP VIEW edge;
DROP TABLE evidence;
DROP TABLE rel;
DROP TABLE node;
ALTER TABLE edge_3 RENAME TO edge;
ALTER TABLE evidence_3 RENAME TO evidence;
CREATE UNIQUE INDEX edge_out ON edge(type, src, dst);
CREATE INDEX edge_in ON edge(type, dst, src);`;

describe('a graph of schema 1 (before the evidence index)', () => {
  // Schema 1 had evidence_edge, unique on (edge_id, article_id), and no evidence_cover, and the
  // relationships of schema 3: a file of it is made by putting those back and taking the rest away.
  async function schemaOne(name: string): Promise<string> {
    const dir = await storedGraph(name, 6);
    const db = new Database(join(dir, 'graph.sqlite'));
    db.pragma('foreign_keys = OFF');
    db.exec(SCHEMA_3);
    db.exec('CREATE UNIQUE INDEX evidence_edge ON evidence(edge_id, article_id)');
    db.pragma('user_version = 1');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
    return dir;
  }
  const inspect = (dir: string) => {
    const db = new Database(join(dir, 'graph.sqlite'), { readonly: true });
    try {
      const names = (type: string) => db.prepare('SELECT name FROM sqlite_schema WHERE type = ? AND name NOT LIKE ? ORDER BY name').pluck().all(type, 'sqlite_%');
      return {
        version: db.pragma('user_version', { simple: true }),
        cover: db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'evidence_cover'").pluck().get(),
        unique: db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'evidence_edge'").pluck().get(),
        evidence: db.prepare('SELECT count(*) FROM evidence').pluck().get(),
        edges: db.prepare('SELECT count(*) FROM edge').pluck().get(),
        views: names('view'),
        indexes: names('index').filter((n) => /^(edge|rel|node|evidence)_/.test(String(n))),
      };
    } finally {
      db.close();
    }
  };
  /** Every relationship and evidence row, as the reads see them. */
  const rows = (dir: string) => {
    const db = new Database(join(dir, 'graph.sqlite'), { readonly: true });
    try {
      return {
        edges: db.prepare('SELECT id, type, src, dst FROM edge ORDER BY id').all(),
        evidence: db.prepare('SELECT id, edge_id, article_id, quote, seen, status, roles FROM evidence ORDER BY id').all(),
      };
    } finally {
      db.close();
    }
  };

  it('is migrated in place on open, its graph unchanged, and its evidence read from the index alone', async () => {
    const dir = await schemaOne('schema-1');
    const before = inspect(dir);
    const rowsBefore = rows(dir);
    expect(before).toMatchObject({ version: 1, cover: 0, unique: 1, views: [], indexes: ['edge_in', 'edge_out', 'evidence_edge'] });
    expect(rowsBefore.edges.length).toBeGreaterThan(30);
    const store = await openEmbeddedStore(dir);
    const people = (await store.findPeople({}, { limit: 100, offset: 0 })).items.map((p) => p.id);
    const full = await store.tenuresOfPeople(people);
    const lean = await store.tenuresOfPeople(people, { sources: false });
    await store.close();
    const after = { version: 4, cover: 1, unique: 0, evidence: before.evidence, edges: before.edges, views: ['edge'], indexes: ['evidence_cover', 'node_id', 'rel_in', 'rel_out'] };
    expect(inspect(dir)).toEqual(after);
    expect(rows(dir)).toEqual(rowsBefore);
    expect(full.length).toBe(30);
    expect(full.every((t) => t.sources.length === 1)).toBe(true);
    expect(lean).toEqual(full.map((t) => ({ ...t, sources: [] })));
    const db = new Database(join(dir, 'graph.sqlite'), { readonly: true });
    const plan = (name: string) => (db.prepare(`EXPLAIN QUERY PLAN ${readStatements().get(name)!.slice(1, -1).replace('e.id', '?')}`).all(1) as Array<{ detail: string }>).map((r) => r.detail).join(' ');
    expect(plan('edge-citations')).toMatch(/USING COVERING INDEX evidence_cover/);
    expect(plan('edge-evidence')).toMatch(/USING INDEX evidence_cover/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare("SELECT tbl FROM sqlite_stat1 WHERE tbl IN ('node', 'rel') GROUP BY tbl").pluck().all()).toEqual(['node', 'rel']);
    db.close();
    // Opened again: nothing left to migrate.
    await (await openEmbeddedStore(dir)).close();
    expect(inspect(dir)).toEqual(after);
  });

  it('takes new articles and merges after the migration, evidence going with its relationships', async () => {
    const dir = await schemaOne('schema-1-written');
    const store = await openEmbeddedStore(dir);
    try {
      await store.upsertArticles([report('later-1', 3)]);
      const [a, b] = (await store.findPeople({}, { limit: 2, offset: 0 })).items.map((p) => p.id);
      const before = await store.tenuresOfPeople([a, b]);
      await store.mergePeople(a, b);
      const merged = await store.tenuresOfPeople([a]);
      expect(merged.length).toBeGreaterThanOrEqual(1);
      const articles = (list: typeof before) => list.flatMap((t) => t.sources.map((x) => x.articleId));
      expect(articles(merged)).toEqual([...new Set(articles(before))]);
      expect(await store.tenuresOfPeople([b])).toEqual([]);
    } finally {
      await store.close();
    }
    const db = new Database(join(dir, 'graph.sqlite'), { readonly: true });
    try {
      // No evidence of a relationship deleted by the merge is left behind (ON DELETE CASCADE from rel).
      expect(db.prepare('SELECT count(*) FROM evidence WHERE edge_id NOT IN (SELECT id FROM rel)').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('stays as it was while another process writes, with one line; the next open migrates it', async () => {
    const dir = await schemaOne('schema-1-busy');
    const writer = new Database(join(dir, 'graph.sqlite'));
    writer.exec('BEGIN IMMEDIATE');
    try {
      const e = await openEmbeddedStore(dir, { CADREGRAPH_BUSY_TIMEOUT_MS: '0' }).then(async (s) => {
        await s.close();
        throw new Error('opened');
      }, (err: Error) => err);
      expect(e.message.split('\n')).toHaveLength(1);
      expect(e.message).toMatch(/another|busy|lock/i);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
    expect(inspect(dir)).toMatchObject({ version: 1, cover: 0 });
    await (await openEmbeddedStore(dir)).close();
    expect(inspect(dir)).toMatchObject({ version: 4, cover: 1, unique: 0, views: ['edge'] });
  });
});
