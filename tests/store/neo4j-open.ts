// A Neo4j store on an emptied database (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE):
// the contract suites expect an empty graph, so they wipe the database they are pointed at.
import neo4j from 'neo4j-driver';
import { openStore } from '../../src/store';
import type { GraphStore } from '../../src/store/graph-store';

export async function openWipedNeo4j(): Promise<GraphStore> {
  const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
  await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: process.env.NEO4J_DATABASE });
  await driver.close();
  const store = await openStore({});
  await store.migrate();
  return store;
}
