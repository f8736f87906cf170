// When did a person hold a post? Articles say two different things, and a reader citing an answer
// must know which one a date is: a personnel decision *declares* a start or an end, while a report
// only shows the person *seen* in the post on its date. This module turns both into bounds with
// their basis. Pure: both stores and the API compute the same answer from the same citations.
import type { TenureStatus } from '../model/facts';

export type TenureBasis = 'DECLARED' | 'FIRST_SEEN' | 'LAST_SEEN' | 'SUCCESSOR_SEEN' | 'FORMER_TITLE';

/** What an event does to the post it names. */
export type TenureEventKind = 'appointed' | 'elected' | 'assigned' | 'transferred' | 'dismissed' | 'retired';

const STARTS = new Set<TenureEventKind>(['appointed', 'elected', 'assigned', 'transferred']);

/** One article's statement that a person held the post ("nguyên" makes it a former title). */
export interface TenureCitation {
  /** The date the article reports (meeting or publication), ISO; partial or null dates bound nothing. */
  date: string | null;
  status: TenureStatus;
}

export interface TenureEventRef {
  kind: TenureEventKind;
  /** The effective date ("kể từ ngày"), else the date of the decision's announcement. */
  date: string | null;
}

/** Everything the sources say about one person in one post. */
export interface HolderHistory {
  personId: string;
  citations: TenureCitation[];
  events: TenureEventRef[];
}

export interface TenureBounds {
  personId: string;
  start: string | null;
  startBasis: TenureBasis | null;
  end: string | null;
  endBasis: TenureBasis | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

const isDay = (d: string | null | undefined): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d);
const min = (ds: string[]) => (ds.length ? ds.reduce((a, b) => (b < a ? b : a)) : null);
const max = (ds: string[]) => (ds.length ? ds.reduce((a, b) => (b > a ? b : a)) : null);

/**
 * Bounds for every holder of one post. For a post with one holder at a time, a holder first seen
 * after someone's last citation ends that someone's tenure at the latest then (SUCCESSOR_SEEN).
 */
export function tenureBounds(holders: HolderHistory[], oneHolder: boolean): TenureBounds[] {
  const own = holders.map(ownBounds);
  if (!oneHolder) return own;
  return own.map((b) => {
    if (b.endBasis !== 'LAST_SEEN' || !b.lastSeen) return b;
    const after = b.lastSeen;
    const successorStart = min(
      own.filter((o) => o.personId !== b.personId && isDay(o.start) && o.start > after && (!isDay(b.start) || o.start > b.start)).map((o) => o.start as string),
    );
    return successorStart ? { ...b, end: successorStart, endBasis: 'SUCCESSOR_SEEN' as const } : b;
  });
}

function ownBounds(h: HolderHistory): TenureBounds {
  const seen = h.citations.filter((c) => c.status !== 'former' && isDay(c.date)).map((c) => c.date as string);
  const firstSeen = min(seen);
  const lastSeen = max(seen);
  const declaredStart = min(h.events.filter((e) => STARTS.has(e.kind) && isDay(e.date)).map((e) => e.date as string));
  // An end declared before the latest start belongs to an earlier spell in the post, not this one.
  const declaredEnd = min(h.events.filter((e) => !STARTS.has(e.kind) && isDay(e.date) && (!declaredStart || (e.date as string) >= declaredStart)).map((e) => e.date as string));
  const formerAfter = min(h.citations.filter((c) => c.status === 'former' && isDay(c.date) && (!lastSeen || (c.date as string) > lastSeen)).map((c) => c.date as string));

  const [start, startBasis] = declaredStart && (!firstSeen || declaredStart <= firstSeen)
    ? [declaredStart, 'DECLARED' as const]
    : firstSeen ? [firstSeen, 'FIRST_SEEN' as const] : [declaredStart, declaredStart ? ('DECLARED' as const) : null];
  const [end, endBasis] = declaredEnd
    ? [declaredEnd, 'DECLARED' as const]
    : formerAfter ? [formerAfter, 'FORMER_TITLE' as const] : [lastSeen, lastSeen ? ('LAST_SEEN' as const) : null];
  return { personId: h.personId, start, startBasis, end, endBasis, firstSeen, lastSeen };
}

/**
 * All that bounds and states read of a holder's citations: the first and last day seen in office
 * and the days a "former" title was cited. A post with thousands of citations is read through this
 * (the stores compute it), and `summaryCitations` turns it back into citations that give the same
 * bounds and states as the whole list: only their minimum, maximum and former days count.
 */
export interface CitationSummary {
  firstSeen: string | null;
  lastSeen: string | null;
  /** Distinct, ascending. */
  formerDays: string[];
}

export function summarizeCitations(citations: TenureCitation[]): CitationSummary {
  const seen = citations.filter((c) => c.status !== 'former' && isDay(c.date)).map((c) => c.date as string);
  const formerDays = [...new Set(citations.filter((c) => c.status === 'former' && isDay(c.date)).map((c) => c.date as string))].sort();
  return { firstSeen: min(seen), lastSeen: max(seen), formerDays };
}

export function summaryCitations(s: CitationSummary): TenureCitation[] {
  const seen = [...new Set([s.firstSeen, s.lastSeen].filter(isDay))].map((date) => ({ date, status: 'current' as const }));
  return [...seen, ...s.formerDays.map((date) => ({ date, status: 'former' as const }))];
}
