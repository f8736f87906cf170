// Every statement the Neo4j store can send is checked by Neo4j's own parser and semantic
// analysis, against the labels, types and properties of the model in docs/model.md (Neo4j
// declares no tables, so the model is listed here).
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { loadQueries } from '../../src/store/neo4j/queries';

const NODES: Record<string, string[]> = {
  Article: ['id', 'url', 'title', 'publisher', 'publishedAt', 'contentHash', 'file', 'province'],
  Locality: ['id', 'name', 'folded', 'level', 'province', 'validFrom', 'validTo'],
  Organization: ['id', 'name', 'folded', 'kind', 'level', 'branch', 'lexiconId', 'province', 'provinceKey'],
  Position: ['id', 'title', 'folded'],
  Person: ['id', 'name', 'folded', 'gender', 'province', 'provinceKey', 'aliases'],
  Meeting: ['id', 'date', 'partOfDay', 'kind', 'title', 'folded', 'province', 'provinceKey'],
  Directive: ['id', 'kind', 'number', 'folded', 'issuerText', 'date', 'title'],
  Event: ['id', 'kind', 'date', 'decisionNumber'],
  MergeReview: ['a', 'b', 'decision', 'note', 'reviewer', 'decidedAt'],
  MergeLog: ['alias', 'kept', 'snapshot', 'mergedAt'],
};
const EVIDENCE = ['sources', 'quotes', 'dates', 'firstSeen', 'lastSeen'];
const RELATIONSHIP_PROPERTIES = ['quote', 'status', 'statuses', 'spoke', 'reported', 'concluded', 'directed', ...EVIDENCE];
const labels = Object.keys(NODES);
const relationshipTypes = ['HOLDS', 'IN', 'PART_OF', 'LOCATED_IN', 'CHAIRED', 'ATTENDED', 'TOOK_PART', 'REFERENCES', 'ISSUED_BY', 'REPORTED_IN', 'SUBJECT_OF', 'CONCERNS', 'DECIDED_BY', 'BY_DECISION'];
// The keys of the row maps sent as $rows are checked as property keys too.
const ROW_KEYS = ['from', 'to', 'key', 'personId', 'positionId', 'articleId', 'decidedById', 'directiveId', 'props', 'keptSize', 'movedSize', 'kept'];
const propertyKeys = [...new Set([...Object.values(NODES).flat(), ...RELATIONSHIP_PROPERTIES, ...ROW_KEYS])];

function lint(query: string) {
  const parameters = Object.fromEntries([...query.matchAll(/\$(\w+)/g)].map((m) => [m[1], null]));
  return lintCypherQuery(query, { labels, relationshipTypes, propertyKeys, parameters }).diagnostics.map(
    (d) => `${d.message} at ${JSON.stringify(query.slice(d.offsets.start, d.offsets.end + 20))}`,
  );
}

describe('Cypher sent to Neo4j', () => {
  const queries = loadQueries();

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
    for (const label of labels.filter((l) => !l.startsWith('Merge'))) expect(queries.schema.some((s) => s.includes(`(n:${label}) REQUIRE n.id IS UNIQUE`))).toBe(true);
  });
});
