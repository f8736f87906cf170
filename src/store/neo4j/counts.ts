// The dimensions meetings are counted by, in Cypher: each a fixed expression over the meeting (and
// for chairs, bodies and directives an optional match of its relationships), put into the slots
// of cypher/count-meetings.cypher.
import type { CountDimension } from '../graph-store';

const DIMENSIONS: Record<CountDimension, { key: string; match?: string }> = {
  MONTH: { key: "CASE WHEN m.date >= '0' THEN substring(m.date, 0, 7) END" },
  YEAR: { key: "CASE WHEN m.date >= '0' THEN substring(m.date, 0, 4) END" },
  PROVINCE: { key: 'm.province' },
  KIND: { key: 'm.kind' },
  CHAIR: { key: 'dc.id', match: 'OPTIONAL MATCH (dc:Person)-[:CHAIRED]->(m)' },
  ORGANIZATION: { key: 'dt.id', match: 'OPTIONAL MATCH (dt:Organization)-[:TOOK_PART]->(m)' },
  DIRECTIVE: { key: 'dd.id', match: 'OPTIONAL MATCH (m)-[:REFERENCES]->(dd:Directive)' },
};

export const ALL_DIMENSIONS = Object.keys(DIMENSIONS) as CountDimension[];

/** Columns k0, k1, ... in the order of `by`; nulls sort last in Cypher's ascending order. */
export function countSlots(by: CountDimension[]): Record<string, string> {
  const matches = [...new Set(by.map((d) => DIMENSIONS[d].match).filter(Boolean))];
  return {
    MATCHES: matches.join('\n'),
    KEYS: by.map((d, i) => `${DIMENSIONS[d].key} AS k${i}`).join(', '),
    ORDER: by.map((_, i) => `k${i}`).join(', '),
  };
}
