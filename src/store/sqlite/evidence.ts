// Evidence rows (one per relationship and article, in the order they were stored) folded into
// the relationship rows the engine-neutral records expect: parallel sources, quotes, dates and
// statuses; first and last seen; the status of the latest dated evidence; the roles seen.
// The rules are those of src/store/write-rows.ts, so both stores answer alike.
import type { Row } from './statements';

export const ROLE_BITS = { spoke: 1, reported: 2, concluded: 4, directed: 8 } as const;

export function rolesOf(row: { spoke?: boolean; reported?: boolean; concluded?: boolean; directed?: boolean }): number {
  let bits = 0;
  for (const [role, bit] of Object.entries(ROLE_BITS)) if (row[role as keyof typeof ROLE_BITS]) bits |= bit;
  return bits;
}

interface Grouped extends Row {
  sources: string[];
  quotes: string[];
  dates: string[];
  statuses: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  status: string | undefined;
  roles: number;
}

/**
 * Evidence rows in the order they were stored: by relationship, then evidence row. Sorting the ids
 * here costs a fraction of SQLite sorting whole rows with their quotes (ORDER BY e.id, v.id).
 */
export function inStoredOrder(rows: Row[]): Row[] {
  return rows.sort((a, b) => Number(a.edgeId) - Number(b.edgeId) || Number(a.evidenceId) - Number(b.evidenceId));
}

/** Rows with edgeId, articleId, quote, seen, evidenceStatus, roles and the relationship's own columns. */
export function groupEvidence(rows: Row[]): Row[] {
  const byEdge = new Map<unknown, Grouped>();
  for (const r of rows) {
    let g = byEdge.get(r.edgeId);
    if (!g) {
      const { evidenceId: _i, articleId: _a, quote: _q, seen: _s, evidenceStatus: _e, roles: _r, ...own } = r;
      g = { ...own, sources: [], quotes: [], dates: [], statuses: [], firstSeen: null, lastSeen: null, status: undefined, roles: 0 };
      byEdge.set(r.edgeId, g);
    }
    const seen = (r.seen as string | null) ?? null;
    g.sources.push(String(r.articleId));
    g.quotes.push(String(r.quote ?? ''));
    g.dates.push(seen ?? '');
    if (seen && (!g.firstSeen || seen < g.firstSeen)) g.firstSeen = seen;
    const latest = !!seen && (!g.lastSeen || seen >= g.lastSeen);
    if (latest) g.lastSeen = seen;
    const status = (r.evidenceStatus as string | null) ?? 'current';
    g.statuses.push(status);
    if (latest || g.status === undefined) g.status = status;
    g.roles |= Number(r.roles ?? 0);
  }
  return [...byEdge.values()].map((g) => {
    const out: Row = { ...g };
    for (const [role, bit] of Object.entries(ROLE_BITS)) out[role] = (g.roles & bit) !== 0;
    return out;
  });
}
