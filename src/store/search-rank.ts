// The order of search hits, the same for every store: the whole name first, then a name that
// starts with the text or has it at a word start, then the rest (words in another order).
import type { SearchHit, SearchKind } from './graph-store';
import { str, type Row } from './records';

export function searchRank(needle: string, folded: string): number {
  if (folded === needle) return 0;
  return folded.startsWith(needle) || folded.includes(` ${needle}`) ? 1 : 2;
}

/** Rows of kind, id, label, context and folded, ranked; a stable sort keeps each engine's order within a rank. */
export function rankSearchHits(needle: string, rows: Row[], limit: number): SearchHit[] {
  return rows
    .map((r) => ({ hit: { kind: r.kind as SearchKind, id: String(r.id), label: String(r.label ?? r.id), context: str(r.context) }, rank: searchRank(needle, String(r.folded ?? '')) }))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((x) => x.hit);
}
