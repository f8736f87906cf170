// Combines the graph batches of several articles into the rows of one write: each node once
// (first description wins, as MERGE ... ON CREATE would), each relationship once with the
// sources, quotes, dates and statuses of every article that attests it. Writing many articles
// with one statement per label and type is what makes the embedded store fast.
import type { AttendedRow, GraphBatch, HoldsRow, RelName, RelRow } from './graph-batch';

export interface RelWriteRow {
  from: string;
  to: string;
  /** First article of the row: if the stored relationship lists it, the row was written before. */
  key: string;
  sources: string[];
  quotes: string[];
  dates: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  status?: string;
  statuses?: string[];
  spoke?: boolean;
  reported?: boolean;
  concluded?: boolean;
  directed?: boolean;
}

export interface WriteRows {
  nodes: Array<[string, object[]]>;
  rels: Array<[RelName, RelWriteRow[]]>;
}

/** [upsert statement, label, the batch's rows of that label], in the order nodes are written. */
export const NODE_STATEMENTS: Array<[string, string, (b: GraphBatch) => Array<{ id: string }>]> = [
  ['upsert-article', 'Article', (b) => [b.article]],
  ['upsert-locality', 'Locality', (b) => b.localities],
  ['upsert-organization', 'Organization', (b) => b.organizations],
  ['upsert-position', 'Position', (b) => b.positions],
  ['upsert-person', 'Person', (b) => b.people],
  ['upsert-meeting', 'Meeting', (b) => b.meetings],
  ['upsert-directive', 'Directive', (b) => b.directives],
];

const ROLES = ['spoke', 'reported', 'concluded', 'directed'] as const;

export function buildWriteRows(batches: GraphBatch[]): WriteRows {
  const nodes = NODE_STATEMENTS.map(([name, , pick]): [string, object[]] => {
    const byId = new Map<string, object>();
    for (const b of batches) for (const row of pick(b)) if (!byId.has(row.id)) byId.set(row.id, row);
    return [name, [...byId.values()]];
  });
  const rels = new Map<RelName, Map<string, RelWriteRow>>();
  for (const b of batches) {
    for (const [name, rows] of Object.entries(b.rels) as Array<[RelName, RelRow[]]>) {
      const byKey = rels.get(name) ?? new Map<string, RelWriteRow>();
      rels.set(name, byKey);
      for (const r of rows) {
        const k = `${r.from}\u0000${r.to}`;
        let w = byKey.get(k);
        if (!w) {
          w = { from: r.from, to: r.to, key: b.article.id, sources: [], quotes: [], dates: [], firstSeen: null, lastSeen: null };
          if ('status' in r) w.statuses = [];
          byKey.set(k, w);
        }
        w.sources.push(b.article.id);
        w.quotes.push(r.quote);
        w.dates.push(r.seen ?? '');
        if (r.seen && (!w.firstSeen || r.seen < w.firstSeen)) w.firstSeen = r.seen;
        const latest = r.seen && (!w.lastSeen || r.seen >= w.lastSeen);
        if (latest) w.lastSeen = r.seen;
        if ('status' in r) {
          const status = (r as HoldsRow).status;
          w.statuses!.push(status);
          if (latest || w.status === undefined) w.status = status;
        }
        if ('spoke' in r) for (const role of ROLES) w[role] = !!w[role] || (r as AttendedRow)[role];
      }
    }
  }
  return {
    nodes: nodes.filter(([, rows]) => rows.length > 0),
    rels: [...rels.entries()].map(([name, m]): [RelName, RelWriteRow[]] => [name, [...m.values()]]).filter(([, rows]) => rows.length > 0),
  };
}
