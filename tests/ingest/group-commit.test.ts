// Articles extracted in worker threads and committed in groups must give exactly the graph that
// extraction on the main thread and one transaction per article give, including relationships
// attested by several articles of one group.
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ingestPaths } from '../../src/ingest';
import { openEmbeddedStore } from '../../src/store';
import type { GraphStore } from '../../src/store/graph-store';
import { runCli } from '../helpers/cli';

const tmp = mkdtempSync(join(tmpdir(), 'cadregraph-group-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function snapshot(store: GraphStore) {
  const people = await store.findPeople({}, { limit: 1000, offset: 0 });
  const ids = people.items.map((p) => p.id);
  const tenures = (await store.tenuresOfPeople(ids)).map((t) => ({ ...t, sources: [...t.sources].sort((a, b) => a.articleId.localeCompare(b.articleId)) }));
  tenures.sort((a, b) => `${a.personId}${a.positionId}`.localeCompare(`${b.personId}${b.positionId}`));
  return { stats: await store.stats(), tenures };
}

it('grouped ingestion from workers and one-by-one ingestion on the main thread build the same graph', async () => {
  const corpus = join(tmp, 'corpus');
  expect(runCli(['generate', '--articles', '80', '--seed', '5', '--out', corpus]).status).toBe(0);
  const one = await openEmbeddedStore(join(tmp, 'one'));
  const grouped = await openEmbeddedStore(join(tmp, 'grouped'));
  try {
    const a = await ingestPaths(one, [corpus], { groupSize: 1, workers: 0 });
    const b = await ingestPaths(grouped, [corpus], { groupSize: 32, workers: 2 });
    expect(a.stored).toBe(80);
    expect(b).toMatchObject({ stored: 80, nodesCreated: a.nodesCreated, relationshipsCreated: a.relationshipsCreated });
    const [x, y] = [await snapshot(one), await snapshot(grouped)];
    expect(x.tenures.some((t) => t.sources.length > 1)).toBe(true);
    expect(y).toEqual(x);
  } finally {
    await one.close();
    await grouped.close();
  }
});

it('a writer that falls behind gets larger groups, never more than four times the least', async () => {
  const corpus = join(tmp, 'corpus-slow');
  expect(runCli(['generate', '--articles', '60', '--seed', '7', '--out', corpus]).status).toBe(0);
  const store = await openEmbeddedStore(join(tmp, 'slow'));
  const sizes: number[] = [];
  // A commit that holds the thread, as a large graph's commits do, while the workers go on.
  const slow: GraphStore = Object.create(store, {
    upsertBatches: {
      value: async (batches: Parameters<GraphStore['upsertBatches']>[0]) => {
        sizes.push(batches.length);
        const until = Date.now() + 150;
        while (Date.now() < until);
        return store.upsertBatches(batches);
      },
    },
  });
  try {
    const summary = await ingestPaths(slow, [corpus], { groupSize: 3, workers: 2 });
    expect(summary.stored).toBe(60);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(60);
    expect(Math.max(...sizes)).toBeGreaterThan(3);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(12);
    expect(sizes.slice(0, -1).every((n) => n >= 3)).toBe(true);
  } finally {
    await store.close();
  }
});
