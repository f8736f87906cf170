// Runs the same contract against Neo4j whenever NEO4J_URI is set (see README: docker compose).
import neo4j from 'neo4j-driver';
import { openStore } from '../../src/store';
import { defineStoreContract } from './store-contract';

const uri = process.env.NEO4J_URI;

if (uri) {
  defineStoreContract('Neo4j', async () => {
    // The contract expects an empty graph: this suite wipes the database it is pointed at.
    const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
    await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: process.env.NEO4J_DATABASE });
    await driver.close();
    const store = await openStore({});
    await store.migrate();
    return store;
  });
} else {
  it.skip('Neo4j contract: set NEO4J_URI (and NEO4J_PASSWORD) to run it against a server', () => undefined);
}
