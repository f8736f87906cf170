// The careers contract on the embedded store always, and on Neo4j whenever NEO4J_URI is set.
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openEmbeddedStore } from '../../src/store';
import { defineCareersContract } from './careers-contract';
import { openWipedNeo4j } from './neo4j-open';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

defineCareersContract('embedded SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cadregraph-careers-'));
  dirs.push(dir);
  return openEmbeddedStore(dir);
});

if (process.env.NEO4J_URI) defineCareersContract('Neo4j', openWipedNeo4j);
