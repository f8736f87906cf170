// Every statement the Neo4j store can send is checked by Neo4j's own parser and semantic
// analysis, against the labels, types and properties of the model (cypher/kuzu/schema.cypher
// declares them; Kùzu refuses undeclared ones, so it is the complete list).
import { readFileSync } from 'fs';
import { join } from 'path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { CYPHER_DIR, loadQueries } from '../../src/store/queries';

const ddl = readFileSync(join(CYPHER_DIR, 'kuzu', 'schema.cypher'), 'utf8');
const labels = [...ddl.matchAll(/CREATE NODE TABLE IF NOT EXISTS (\w+)\(/g)].map((m) => m[1]);
const relationshipTypes = [...ddl.matchAll(/CREATE REL TABLE IF NOT EXISTS `?(\w+)`?\(/g)].map((m) => m[1]);
// The keys of the row maps sent as $rows are checked as property keys too.
const ROW_KEYS = ['from', 'to', 'key'];
const propertyKeys = [...new Set([...ddl.matchAll(/[(,]\s*(\w+) (?:STRING|BOOLEAN|INT64)/g)].map((m) => m[1])), ...ROW_KEYS];

function lint(query: string) {
  const parameters = Object.fromEntries([...query.matchAll(/\$(\w+)/g)].map((m) => [m[1], null]));
  return lintCypherQuery(query, { labels, relationshipTypes, propertyKeys, parameters }).diagnostics.map(
    (d) => `${d.message} at ${JSON.stringify(query.slice(d.offsets.start, d.offsets.end + 20))}`,
  );
}

describe('Cypher sent to Neo4j', () => {
  const queries = loadQueries('neo4j');

  it('the model has the labels and types docs/model.md names', () => {
    expect(labels.sort()).toEqual(['Article', 'Directive', 'Locality', 'Meeting', 'Organization', 'Person', 'Position']);
    expect(relationshipTypes).toEqual(
      expect.arrayContaining(['HOLDS', 'IN', 'PART_OF', 'LOCATED_IN', 'CHAIRED', 'ATTENDED', 'TOOK_PART', 'REFERENCES', 'ISSUED_BY', 'REPORTED_IN']),
    );
  });

  it.each([...queries.all().entries()])('%s passes the Neo4j linter', (_name, query) => {
    expect(lint(query)).toEqual([]);
  });

  it.each(queries.schema.map((s, i) => [i, s]))('schema statement %i passes the Neo4j linter', (_i, statement) => {
    expect(lint(statement)).toEqual([]);
  });

  it('catches a broken statement (the linter is really on)', () => {
    expect(lint('MATCH (p:Persn {id: $id}) RETRUN p')).not.toEqual([]);
    expect(lint('MATCH (p:Person)-[:HOLD]->(x) RETURN p.id')).not.toEqual([]);
  });

  it('every schema constraint names a label of the model', () => {
    for (const s of queries.schema.filter((x) => x.startsWith('CREATE CONSTRAINT'))) {
      expect(labels).toContain(/FOR \(n:(\w+)\)/.exec(s)![1]);
    }
    for (const label of labels) expect(queries.schema.some((s) => s.includes(`(n:${label}) REQUIRE n.id IS UNIQUE`))).toBe(true);
  });
});
