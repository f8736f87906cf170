// Runs the same contract against Neo4j whenever NEO4J_URI is set (see README: docker compose).
import { defineStoreContract } from './store-contract';
import { openWipedNeo4j } from './neo4j-open';

if (process.env.NEO4J_URI) {
  defineStoreContract('Neo4j', openWipedNeo4j);
} else {
  it.skip('Neo4j contract: set NEO4J_URI (and NEO4J_PASSWORD) to run it against a server', () => undefined);
}
