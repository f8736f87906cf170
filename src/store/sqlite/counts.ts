// The dimensions meetings are counted by, in SQL: each a fixed expression over the meeting (and
// for chairs, bodies and directives a join to its edges), put into the slots of sql/count-meetings.sql.
import type { CountDimension } from '../graph-store';
import type { Slots } from './statements';

/**
 * Joined on rel and node, not on the edge view: SQLite flattens no join into the right side of a
 * LEFT JOIN, so a view there was built whole first (every chair of every meeting, per count).
 * The meeting's node number is one join, shared by the dimensions that need it.
 */
const MEETING_NODE = 'LEFT JOIN node mn ON mn.id = m.id';
const DIMENSIONS: Record<CountDimension, { key: string; joins?: string[] }> = {
  MONTH: { key: "CASE WHEN m.date >= '0' THEN substr(m.date, 1, 7) END" },
  YEAR: { key: "CASE WHEN m.date >= '0' THEN substr(m.date, 1, 4) END" },
  PROVINCE: { key: 'm.province' },
  KIND: { key: 'm.kind' },
  CHAIR: { key: 'dcn.id', joins: [MEETING_NODE, "LEFT JOIN rel dc ON dc.type = 'CHAIRED' AND dc.dst = mn.n LEFT JOIN node dcn ON dcn.n = dc.src"] },
  ORGANIZATION: { key: 'dtn.id', joins: [MEETING_NODE, "LEFT JOIN rel dt ON dt.type = 'TOOK_PART' AND dt.dst = mn.n LEFT JOIN node dtn ON dtn.n = dt.src"] },
  DIRECTIVE: { key: 'ddn.id', joins: [MEETING_NODE, "LEFT JOIN rel dd ON dd.type = 'REFERENCES' AND dd.src = mn.n LEFT JOIN node ddn ON ddn.n = dd.dst"] },
};

/** Columns k0, k1, ... in the order of `by` (a dimension named twice is counted once). */
export function countSlots(by: CountDimension[]): Slots {
  const keys = by.map((d, i) => `${DIMENSIONS[d].key} AS k${i}`);
  const joins = [...new Set(by.flatMap((d) => DIMENSIONS[d].joins ?? []))];
  const columns = by.map((_, i) => `k${i}`);
  return { KEYS: keys.join(', '), JOINS: joins.join('\n'), GROUP: columns.join(', '), NULLS_LAST: columns.map((k) => `${k} IS NULL, ${k}`).join(', ') };
}
