// Evidence (one row per relationship and article, in the order it was stored) folded into the
// relationship rows the engine-neutral records expect: parallel sources, quotes, dates and
// statuses; first and last seen; the status of the latest dated evidence; the roles seen.
// The rules are those of src/store/write-rows.ts, so both stores answer alike.
import type { Row } from './statements';

export const ROLE_BITS = { spoke: 1, reported: 2, concluded: 4, directed: 8 } as const;

const ROLES = Object.entries(ROLE_BITS);

export function rolesOf(row: { spoke?: boolean; reported?: boolean; concluded?: boolean; directed?: boolean }): number {
  let bits = 0;
  for (const [role, bit] of ROLES) if (row[role as keyof typeof ROLE_BITS]) bits |= bit;
  return bits;
}

/** One evidence row as sql/edge-evidence.sql lists it; edge-citations.sql leaves out the article and quote. */
type Evidence = [articleId: string | null, quote: string | null, seen: string | null, status: string | null, roles: number | null];

/** Rows whose `evidence` is summed up (sql/edge-summary.sql), as grouped rows without sources or citations. */
export function summedEvidence(rows: Row[]): Row[] {
  for (const row of rows) {
    const [firstSeen, lastSeen, status] = JSON.parse(String(row.evidence ?? '[null,null,null]')) as Array<string | null>;
    row.evidence = undefined;
    row.firstSeen = firstSeen;
    row.lastSeen = lastSeen;
    row.status = status ?? 'current';
  }
  return rows;
}

/** Relationship rows in the order they were stored (their ids): cheaper in JS than a temporary b-tree of SQLite. */
export function inStoredOrder(rows: Row[]): Row[] {
  return rows.sort((a, b) => Number(a.edgeId) - Number(b.edgeId));
}

/**
 * Rows of one relationship each, with its `evidence` (sql/edge-evidence.sql) and its own columns,
 * as grouped relationship rows (without sources when the list has no articles). SQLite lists the
 * evidence as JSON: parsing it is a fraction of what turning each evidence row into a JavaScript
 * row costs.
 */
export function groupEvidence(rows: Row[]): Row[] {
  return rows.map((row) => {
    const list = JSON.parse(String(row.evidence ?? '[]')) as Evidence[];
    const sources: string[] = [];
    const quotes: string[] = [];
    const dates: string[] = [];
    const statuses: string[] = [];
    let firstSeen: string | null = null;
    let lastSeen: string | null = null;
    let status: string | undefined;
    let roles = 0;
    for (const [articleId, quote, seen, evidenceStatus, bits] of list) {
      if (articleId !== null) {
        sources.push(articleId);
        quotes.push(quote ?? '');
      }
      dates.push(seen ?? '');
      if (seen && (!firstSeen || seen < firstSeen)) firstSeen = seen;
      const latest = !!seen && (!lastSeen || seen >= lastSeen);
      if (latest) lastSeen = seen;
      const s = evidenceStatus ?? 'current';
      statuses.push(s);
      if (latest || status === undefined) status = s;
      roles |= Number(bits ?? 0);
    }
    // Property by property, in the same order for every row: `{ ...row, sources, ... }` cost V8
    // about 8 µs a row here (a new shape each time), most of a page's participation read.
    const out: Row = {};
    for (const column in row) if (column !== 'evidence') out[column] = row[column];
    out.sources = sources;
    out.quotes = quotes;
    out.dates = dates;
    out.statuses = statuses;
    out.firstSeen = firstSeen;
    out.lastSeen = lastSeen;
    out.status = status;
    for (const [role, bit] of ROLES) out[role] = (roles & bit) !== 0;
    return out;
  });
}
