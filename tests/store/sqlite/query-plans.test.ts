// Schema 4 keeps relationships in rel, keyed by node numbers, and the reads name the edge view
// (rel joined twice to node). SQLite flattens a simple view into the query; where it cannot (the
// right side of a LEFT JOIN) it builds the whole view first, every relationship of a type on each
// read. These plans, on a real graph with the planner's statistics, must reach rel and node only
// through their keys and indexes.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openEmbeddedStore } from '../../../src/store';
import { fillSlots } from '../../../src/store/slots';
import { countSlots } from '../../../src/store/sqlite/counts';
import { orderSlots } from '../../../src/store/sqlite/orders';
import { readStatements } from '../../../src/store/sqlite/statements';
import { article, body } from '../facts-builder';

const tmp = mkdtempSync(join(tmpdir(), 'cadregraph-plans-'));
let db: Database.Database;
const sql = readStatements();

beforeAll(async () => {
  const store = await openEmbeddedStore(tmp);
  const TU = body('Tỉnh ủy', 'Nghệ An');
  await store.upsertArticles(Array.from({ length: 40 }, (_, i) => article({
    id: `plan-${i}`, province: 'Nghệ An', published: `2024-02-${String((i % 27) + 1).padStart(2, '0')}`,
    people: [0, 1, 2].map((k) => ({ name: `Người ${(i + k) % 12}`, positions: [{ title: k ? 'Ủy viên' : 'Bí thư', org: TU }] })),
    meetings: [{ date: `2024-02-${String((i % 27) + 1).padStart(2, '0')}`, chairs: [`Người ${i % 12}`], participants: [`Người ${(i + 1) % 12}`, `Người ${(i + 2) % 12}`] }],
  })));
  await store.close();
  db = new Database(join(tmp, 'graph.sqlite'));
  db.exec('ANALYZE');
});
afterAll(() => {
  db?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** The plan of a statement with every filter line kept and every slot filled, one step a line. */
function plan(name: string, slots: Record<string, string> = {}): string[] {
  const text = fillSlots(sql.get(name)!, { EVIDENCE: sql.get('edge-evidence')!, MEETING_FILTER: sql.get('meeting-filter')!, ...slots });
  const params: Record<string, unknown> = {};
  for (const [, p] of text.matchAll(/:(\w+)/g)) params[p] = /^(ids|numbers|titles|provinces|kinds|levels)$/.test(p) ? '["a","b"]' : /^(limit|offset|partial|edgeId)$/.test(p) ? 1 : 'x';
  return (db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(params) as Array<{ detail: string }>).map((r) => r.detail);
}

/** Steps that read a relationship or node table whole, or build the view whole. */
const whole = (steps: string[]) => steps.filter((s) => /^(SCAN|MATERIALIZE) (r|s|d|rel|node|edge|e)\b/.test(s) || /AUTOMATIC .*INDEX/.test(s));

const READS = [
  'neighbours', 'node-numbers', 'holders', 'post-holders', 'participations-of-meetings', 'participations-of-people', 'tenures-of-people',
  'tenures-of-positions', 'tenures-of-organizations', 'person-edges', 'colleagues-of-people',
  'directives-of-meetings', 'organizations-of-meetings', 'meetings-of-directives', 'meetings-of-organizations',
  'sources-of-people', 'sources-of-meetings', 'sources-of-directives', 'get-meetings', 'get-organizations', 'get-directives',
  'network-participation', 'network-tenures', 'network-took-part', 'recent-changes',
];

it.each(READS)('%s reaches relationships and nodes by their keys', (name) => {
  const steps = plan(name);
  expect(steps.join('\n')).toMatch(/USING (COVERING )?INDEX (rel_out|rel_in|node_id)|USING INTEGER PRIMARY KEY/);
  expect(whole(steps)).toEqual([]);
});

it.each([
  ['find-people', 'people', 'chaired'],
  ['find-organizations', 'organizations', 'size'],
  ['find-meetings', 'meetings', 'date'],
  ['find-directives', 'directives', 'date'],
] as const)('%s, every filter on, ordered by %s', (name, finder, by) => {
  expect(whole(plan(name, orderSlots(finder, { by, direction: 'DESC' })))).toEqual([]);
});

it('counts meetings by chair, body and directive without building the relationships view', () => {
  const steps = plan('count-meetings', countSlots(['CHAIR', 'ORGANIZATION', 'DIRECTIVE']));
  expect(steps.filter((s) => s.startsWith('MATERIALIZE'))).toEqual([]);
  expect(whole(steps)).toEqual([]);
  expect(steps.filter((s) => /LEFT-JOIN/.test(s)).join('\n')).toMatch(/rel_in.*LEFT-JOIN/);
});

it('sums up the holders of posts without sorting their evidence rows first', () => {
  const steps = plan('post-holders');
  expect(steps).not.toContain('USE TEMP B-TREE FOR GROUP BY');
  expect(steps.join('\n')).toMatch(/SEARCH e USING COVERING INDEX rel_in/);
});
