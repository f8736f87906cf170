// The dimensions meetings are counted by, in SQL: each a fixed expression over the meeting (and
// for chairs, bodies and directives a join to its edges), put into the slots of sql/count-meetings.sql.
import type { CountDimension } from '../graph-store';
import type { Slots } from './statements';

const DIMENSIONS: Record<CountDimension, { key: string; join?: string }> = {
  MONTH: { key: "CASE WHEN m.date >= '0' THEN substr(m.date, 1, 7) END" },
  YEAR: { key: "CASE WHEN m.date >= '0' THEN substr(m.date, 1, 4) END" },
  PROVINCE: { key: 'm.province' },
  KIND: { key: 'm.kind' },
  CHAIR: { key: 'dc.src', join: "LEFT JOIN edge dc ON dc.type = 'CHAIRED' AND dc.dst = m.id" },
  ORGANIZATION: { key: 'dt.src', join: "LEFT JOIN edge dt ON dt.type = 'TOOK_PART' AND dt.dst = m.id" },
  DIRECTIVE: { key: 'dd.dst', join: "LEFT JOIN edge dd ON dd.type = 'REFERENCES' AND dd.src = m.id" },
};

/** Columns k0, k1, ... in the order of `by` (a dimension named twice is counted once). */
export function countSlots(by: CountDimension[]): Slots {
  const keys = by.map((d, i) => `${DIMENSIONS[d].key} AS k${i}`);
  const joins = [...new Set(by.map((d) => DIMENSIONS[d].join).filter(Boolean))];
  const columns = by.map((_, i) => `k${i}`);
  return { KEYS: keys.join(', '), JOINS: joins.join('\n'), GROUP: columns.join(', '), NULLS_LAST: columns.map((k) => `${k} IS NULL, ${k}`).join(', ') };
}
