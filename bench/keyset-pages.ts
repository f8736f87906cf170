// Keyset pages against the offsets they replaced, on the embedded store: N meetings written as
// rows (not through ingest: only the meeting table matters here), then the mean of 5 reads of a
// page of 100 at the start and deep in the list, by date both ways, with totalCount.
//   npx tsx bench/keyset-pages.ts [meetings=300000]
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openEmbeddedStore } from '../src/store';
import type { Page } from '../src/store/graph-store';

async function main() {
  const n = Number(process.argv[2] ?? 300_000);
  const dir = mkdtempSync(join(tmpdir(), 'cadregraph-keyset-'));
  await (await openEmbeddedStore(dir)).close();
  const db = new Database(join(dir, 'graph.sqlite'));
  const insert = db.prepare("INSERT INTO meeting (id, date, kind, title, folded, province, province_key) VALUES (?, ?, 'conference', 't', 't', ?, ?)");
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const date = i % 50 ? `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}` : null;
      insert.run(`meeting/x/${String(i).padStart(7, '0')}`, date, i % 2 ? 'Thanh Hóa' : 'Nghệ An', i % 2 ? 'thanh-hoa' : 'nghe-an');
    }
  })();
  db.pragma('optimize');
  db.close();
  const store = await openEmbeddedStore(dir);
  const mean = async (read: () => Promise<unknown>) => {
    const t = process.hrtime.bigint();
    for (let i = 0; i < 5; i++) await read();
    return (Number(process.hrtime.bigint() - t) / 5e6).toFixed(1);
  };
  console.log(`${n} meetings, pages of 100 (load: ${(await import('os')).loadavg()[0].toFixed(1)})`);
  for (const direction of ['DESC', 'ASC'] as const) {
    for (const province of [null, 'Thanh Hóa']) {
      const filter = province ? { province } : {};
      const order: Page<'date'>['order'] = { by: 'date', direction };
      const rows = province ? Math.floor(n / 2) : n;
      const at = Math.floor((rows * 2) / 3);
      // The place of row `at`, read the way a client gets there (the last key of the previous page).
      const place = (await store.findMeetings(filter, { limit: 1, order, offset: at - 1 })).keys[0];
      const label = `${direction} ${province ? 'one province' : 'all'}`;
      console.log(`${label.padEnd(18)} first page ${await mean(() => store.findMeetings(filter, { limit: 100, order }))} ms, ` +
        `after row ${at}: keyset ${await mean(() => store.findMeetings(filter, { limit: 100, order, after: place }))} ms, ` +
        `offset ${await mean(() => store.findMeetings(filter, { limit: 100, order, offset: at }))} ms`);
    }
  }
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

main();
