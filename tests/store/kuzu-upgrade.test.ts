// A data folder written by an earlier version (fewer columns) opens and answers.
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Connection, Database } from 'kuzu';
import { openEmbeddedStore } from '../../src/store';

it('opening an older graph adds the columns the schema has gained', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cadregraph-old-'));
  try {
    const db = new Database(join(dir, 'graph.kuzu'));
    const conn = new Connection(db);
    for (const statement of [
      'CREATE NODE TABLE Person(id STRING PRIMARY KEY, name STRING, folded STRING)',
      'CREATE NODE TABLE Position(id STRING PRIMARY KEY, title STRING)',
      'CREATE REL TABLE HOLDS(FROM Person TO Position, status STRING, sources STRING[])',
      "CREATE (:Person {id: 'person/x/a', name: 'A', folded: 'a'})",
    ]) (await conn.query(statement) as { close(): void }).close();
    await conn.close();
    await db.close();

    const store = await openEmbeddedStore(dir);
    try {
      expect((await store.getPeople(['person/x/a']))[0]).toMatchObject({ name: 'A', gender: null, aliases: [] });
      expect(await store.holders({ title: 'Bí thư', province: 'x' })).toEqual([]);
      expect((await store.stats()).nodes.Person).toBe(1);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
