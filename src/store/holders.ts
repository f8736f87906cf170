// "Who holds this title": the title may name its body too ("Bí thư Tỉnh ủy"), and "as of a date"
// must be read from dated evidence, which says when someone was seen in office, not when they
// left. Pure, so both stores answer alike.
import { fold } from '../text';
import type { TenureRecord } from './graph-store';
import { toTenure, type Row } from './records';

export interface TitleCandidate {
  /** Folded title as stored on Position. */
  title: string;
  /** Folded start of the body's name that the rest of the query names, or null. */
  body: string | null;
}

/** "Bí thư Tỉnh ủy" -> title "bi thu tinh uy", or title "bi thu" in a body starting "tinh uy", ... */
export function titleCandidates(text: string): TitleCandidate[] {
  const words = fold(text).split(' ').filter(Boolean);
  const out: TitleCandidate[] = [];
  for (let i = words.length; i >= 1; i--) {
    out.push({ title: words.slice(0, i).join(' '), body: i < words.length ? words.slice(i).join(' ') : null });
  }
  return out;
}

// Several people hold these at once; one person holds any other title in a body at a time.
const SHARED_TITLE = /^(pho |uy vien|thanh vien|dai bieu)/;

/** A candidate tenure row has the title, sits in the body the title names, and in the organization asked for. */
export function matchesCandidate(r: Row, c: TitleCandidate, organization: string | null): boolean {
  const orgKey = String(r.organizationKey ?? '');
  if (organization && !orgKey.includes(organization)) return false;
  return c.title === r.titleKey && (c.body === null || orgKey.startsWith(c.body));
}

export function pickHolders(rows: Row[], candidates: TitleCandidate[], organization: string | null, asOf: string | null): TenureRecord[] {
  const matching = rows.filter((r) => candidates.some((c) => matchesCandidate(r, c, organization)));
  // The longest title the query names wins: "Phó Bí thư Thường trực" is not also "Phó Bí thư".
  const best = Math.max(-1, ...matching.map((r) => String(r.titleKey).length));
  const chosen = matching.filter((r) => String(r.titleKey).length === best);
  let tenures = chosen.map(toTenure);
  if (asOf) {
    // Held on the date when the latest evidence on or before it is not "nguyên".
    const evidence = new Map(chosen.map((r) => [`${r.personId}\u0000${r.positionId}`, datedStatuses(r).filter((e) => e.date <= asOf)]));
    const key = (t: TenureRecord) => `${t.personId}\u0000${t.positionId}`;
    tenures = tenures.flatMap((t) => {
      const dated = evidence.get(key(t)) ?? [];
      const latest = dated.at(-1);
      if (!latest || latest.status === 'former') return [];
      return [{ ...t, status: latest.status as TenureRecord['status'], firstSeen: dated[0].date, lastSeen: latest.date }];
    });
    const byPosition = new Map<string, TenureRecord[]>();
    for (const t of tenures) byPosition.set(t.positionId, [...(byPosition.get(t.positionId) ?? []), t]);
    tenures = [...byPosition.values()].flatMap((list) => {
      if (SHARED_TITLE.test(fold(list[0].title))) return list;
      // For a single-holder title, someone last seen before the newest holder appeared was succeeded.
      const newest = list.map((t) => t.firstSeen ?? '').sort().at(-1) ?? '';
      return list.filter((t) => (t.lastSeen ?? '') >= newest);
    });
  }
  const rank = (t: TenureRecord) => (t.status === 'former' ? 1 : 0);
  return tenures.sort((a, b) => rank(a) - rank(b) || (b.lastSeen ?? '').localeCompare(a.lastSeen ?? '') || a.personId.localeCompare(b.personId));
}

function datedStatuses(r: Row): Array<{ date: string; status: string }> {
  const dates = Array.isArray(r.dates) ? r.dates.map(String) : [];
  const statuses = Array.isArray(r.statuses) ? r.statuses.map(String) : [];
  return dates
    .map((date, i) => ({ date, status: statuses[i] ?? 'current' }))
    .filter((e) => e.date)
    .sort((a, b) => a.date.localeCompare(b.date) || (a.status === 'former' ? 1 : 0) - (b.status === 'former' ? 1 : 0));
}
