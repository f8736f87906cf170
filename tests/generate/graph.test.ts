import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { generateGraph, type GraphSize } from '../../src/generate/graph';
import { openEmbeddedStore, openGraphLoad } from '../../src/store';
import { generateGraphInto } from '../../src/cli/generate-graph';
import type { GraphStore } from '../../src/store/graph-store';

// The bulk load behind `cadregraph generate --people --meetings` builds the graph the store's
// ordinary upserts build from the same articles: same counts, same answers, same rows.

const SIZE: GraphSize = { people: 300, meetings: 700, seed: 3 };
const GROUP = 50;
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'gen-graph-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

let bulkDir: string;
let upsertDir: string;
let twoThreadsDir: string;
let bulk: GraphStore;
let upserted: GraphStore;

beforeAll(async () => {
  bulkDir = tmp();
  const load = await openGraphLoad({ data: bulkDir, env: {} });
  const made = await generateGraph(SIZE, (facts) => load.upsertArticles(facts), { group: GROUP });
  expect(made.meetings).toBe(SIZE.meetings);
  await load.finish();

  upsertDir = tmp();
  upserted = await openEmbeddedStore(upsertDir);
  const same = await generateGraph(SIZE, (facts) => upserted.upsertArticles(facts), { group: GROUP });
  expect(same).toEqual(made);
  bulk = await openEmbeddedStore(bulkDir);

  // What the command runs: planned in a thread of its own, written here.
  twoThreadsDir = tmp();
  const second = await openGraphLoad({ data: twoThreadsDir, env: {} });
  expect(await generateGraphInto(SIZE, second, { group: GROUP })).toEqual(made);
  await second.finish();
}, 120_000);

afterAll(async () => {
  await bulk?.close();
  await upserted?.close();
});

it('has the size asked for and the counts the upserts give', async () => {
  const stats = await bulk.stats();
  expect(stats.nodes.Meeting).toBe(SIZE.meetings);
  expect(stats.nodes.Person).toBeGreaterThanOrEqual(SIZE.people);
  expect(stats.relationships.ATTENDED).toBeGreaterThan(SIZE.meetings);
  expect(stats).toEqual(await upserted.stats());
});

it('leaves the planner statistics of every relationship and evidence index', () => {
  const db = new Database(join(twoThreadsDir, 'graph.sqlite'), { readonly: true });
  try {
    const analysed = db.prepare("SELECT idx FROM sqlite_stat1 WHERE tbl IN ('node', 'rel', 'evidence') ORDER BY idx").pluck().all();
    expect(analysed).toEqual(['evidence_cover', 'node_id', 'rel_in', 'rel_out']);
  } finally {
    db.close();
  }
});

it('answers queries as the upserted graph does', async () => {
  const meetings = await bulk.findMeetings({}, { limit: 30, offset: 0 });
  expect(meetings.items).toHaveLength(30);
  expect(meetings).toEqual(await upserted.findMeetings({}, { limit: 30, offset: 0 }));
  const ids = meetings.items.map((m) => m.id);
  const parts = await bulk.participationsOfMeetings(ids);
  expect(parts.length).toBeGreaterThan(30);
  expect(parts).toEqual(await upserted.participationsOfMeetings(ids));
  const people = [...new Set(parts.map((p) => p.personId))].slice(0, 20);
  const tenures = await bulk.tenuresOfPeople(people);
  expect(tenures.length).toBeGreaterThan(0);
  expect(tenures).toEqual(await upserted.tenuresOfPeople(people));
  const province = (await bulk.getPeople([people[0]]))[0].province!;
  const holders = await bulk.holders({ title: 'Bí thư', province });
  expect(holders.length).toBeGreaterThan(0);
  expect(holders).toEqual(await upserted.holders({ title: 'Bí thư', province }));
  const name = (await bulk.getPeople([people[0]]))[0].name;
  expect(await bulk.search(name, 5)).toEqual(await upserted.search(name, 5));
  const [a, b] = [people[0], people[people.length - 1]];
  expect(await bulk.shortestConnection(a, b, 4)).toEqual(await upserted.shortestConnection(a, b, 4));
});

it.each([['upserted one by one', () => upsertDir], ['planned in a thread of its own', () => twoThreadsDir]])('holds the same rows, ids and indexes as a graph %s, and leaves nothing else in the folder', (_, other) => {
  const file = (dir: string) => new Database(join(dir, 'graph.sqlite'), { readonly: true });
  const [x, y] = [file(bulkDir), file(other())];
  try {
    const schema = (db: Database.Database) => db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();
    expect(schema(x)).toEqual(schema(y));
    const tables = (schema(x) as Array<{ type: string; name: string; sql: string }>)
      .filter((t) => t.type === 'table' && !t.name.startsWith('name_search_'))
      .map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['node', 'rel', 'evidence', 'person', 'meeting', 'name_search']));
    for (const t of tables) {
      const rows = (db: Database.Database) => db.prepare(`SELECT * FROM ${t}`).all().map((r) => JSON.stringify(r)).sort();
      expect({ table: t, rows: rows(x) }).toEqual({ table: t, rows: rows(y) });
    }
    expect(x.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(x.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    x.close();
    y.close();
  }
  expect(readdirSync(bulkDir).filter((f) => !/^graph\.sqlite(-wal|-shm)?$/.test(f))).toEqual([]);
});

it('refuses a folder that already holds a graph, and leaves it as it was', async () => {
  await expect(openGraphLoad({ data: upsertDir, env: {} })).rejects.toThrow(/already holds a graph/);
});

it('removes the file a killed load left, and keeps a running one\'s', async () => {
  const dir = tmp();
  // A pid above Linux's largest (2^22) belongs to no process.
  writeFileSync(join(dir, 'graph.sqlite.9999999.load'), 'half a graph');
  writeFileSync(join(dir, `graph.sqlite.${process.ppid}.load`), 'a load still running');
  const load = await openGraphLoad({ data: dir, env: {} });
  await generateGraph({ people: 50, meetings: 60, seed: 1 }, (facts) => load.upsertArticles(facts), { group: GROUP });
  await load.finish();
  expect(readdirSync(dir).sort()).toEqual(['graph.sqlite', `graph.sqlite.${process.ppid}.load`]);
});

it('leaves nothing behind when aborted', async () => {
  const dir = tmp();
  const load = await openGraphLoad({ data: dir, env: {} });
  await generateGraph({ people: 50, meetings: 60, seed: 1 }, (facts) => load.upsertArticles(facts), { group: GROUP });
  await load.abort();
  expect(existsSync(join(dir, 'graph.sqlite'))).toBe(false);
  expect(readdirSync(dir)).toEqual([]);
});
