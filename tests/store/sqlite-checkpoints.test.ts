// A writer that commits a lot has its log checkpointed by a thread of its own
// (src/store/sqlite/checkpointer.ts): the pages reach the database file while the store is open,
// readers in other connections see every commit, and closing leaves one whole file, no log.
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openEmbeddedStore } from '../../src/store';
import { article, body } from './facts-builder';

const tmp = mkdtempSync(join(tmpdir(), 'cadregraph-checkpoints-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TU = body('Tỉnh ủy', 'Nghệ An');
// Long quotes, so that a few hundred articles make a log of several MB.
const filler = 'phát biểu chỉ đạo hội nghị tổng kết công tác xây dựng Đảng năm qua '.repeat(12);
const report = (i: number) => article({
  id: `ck-${i}`, province: 'Nghệ An', published: '2024-05-06',
  people: Array.from({ length: 6 }, (_, k) => ({ name: `Người ${i} ${k} ${filler}`.slice(0, 400), positions: [{ title: `Ủy viên ${k}`, org: TU }] })),
  meetings: [{ date: '2024-05-05', chairs: [`Người ${i} 0 ${filler}`.slice(0, 400)], participants: Array.from({ length: 5 }, (_, k) => `Người ${i} ${k + 1} ${filler}`.slice(0, 400)) }],
});

const until = async (ok: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; !ok() && Date.now() < end; ) await new Promise((r) => setTimeout(r, 20));
  return ok();
};

it('checkpoints a busy writer apart while it writes, and closing leaves one whole file', async () => {
  const dir = join(tmp, 'busy');
  const file = join(dir, 'graph.sqlite');
  const store = await openEmbeddedStore(dir);
  const reader = new Database(file, { readonly: true });
  const count = () => (reader.prepare('SELECT count(*) AS n FROM article').get() as { n: number }).n;
  let written = 0;
  try {
    // Enough to pass SQLite's own threshold (1,000 pages of log) several times over.
    while (written < 1500) {
      await store.upsertArticles(Array.from({ length: 100 }, (_, k) => report(written + k)));
      written += 100;
      expect(count()).toBe(written);
    }
    const main = (store as unknown as { db: Database.Database }).db;
    // This connection no longer checkpoints: what reaches the file is the thread's doing.
    expect(main.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const size = statSync(file).size;
    await store.upsertArticles(Array.from({ length: 100 }, (_, k) => report(written + k)));
    written += 100;
    expect(await until(() => statSync(file).size > size, 10_000)).toBe(true);
    expect(count()).toBe(written);
  } finally {
    reader.close();
    await store.close();
  }
  expect(existsSync(`${file}-wal`)).toBe(false);
  const again = new Database(file, { readonly: true });
  try {
    expect(again.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((again.prepare('SELECT count(*) AS n FROM article').get() as { n: number }).n).toBe(written);
  } finally {
    again.close();
  }
});

it('a store that writes little keeps SQLite checkpointing in its own commits', async () => {
  const store = await openEmbeddedStore(join(tmp, 'small'));
  try {
    await store.upsertArticles([report(1), report(2)]);
    expect((store as unknown as { db: Database.Database }).db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  } finally {
    await store.close();
  }
});
