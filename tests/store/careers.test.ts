// The careers contract on the embedded store always, and on Neo4j whenever NEO4J_URI is set.
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openEmbeddedStore } from '../../src/store';
import { defineCareersContract } from './careers-contract';
import { article, body } from './facts-builder';
import { openWipedNeo4j } from './neo4j-open';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

defineCareersContract('embedded SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cadregraph-careers-'));
  dirs.push(dir);
  return openEmbeddedStore(dir);
});

describe('embedded SQLite: posts read are remembered', () => {
  it('until another connection to the same folder commits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadregraph-posts-'));
    dirs.push(dir);
    const reader = await openEmbeddedStore(dir);
    const writer = await openEmbeddedStore(dir);
    try {
      const chair = (id: string, name: string, published: string) =>
        article({ id, province: 'Lào Cai', published, people: [{ name, positions: [{ title: 'Chủ tịch', org: body('Ủy ban nhân dân tỉnh', 'Lào Cai', 'peoples-committee') }] }] });
      await writer.upsertArticles([chair('p1', 'Đỗ Văn An', '2023-03-01')]);
      const positionId = (await reader.tenuresOfPeople(['person/lao-cai/đỗ-văn-an']))[0].positionId;
      expect((await reader.postHolders([positionId])).map((h) => h.personId)).toEqual(['person/lao-cai/đỗ-văn-an']);
      await writer.upsertArticles([chair('p2', 'Phan Thị Hà', '2024-08-15')]);
      expect((await reader.postHolders([positionId])).map((h) => h.personId).sort()).toEqual(['person/lao-cai/phan-thị-hà', 'person/lao-cai/đỗ-văn-an'].sort());
    } finally {
      await writer.close();
      await reader.close();
    }
  });
});

if (process.env.NEO4J_URI) defineCareersContract('Neo4j', openWipedNeo4j);
