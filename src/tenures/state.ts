// Whether a person held a post on a date, as far as the sources say. A tenure last cited years
// ago is not "current": without a declared end and without a recent citation the honest answer
// is UNKNOWN, and a reader is told so rather than shown a sitting official who may have left.
import type { HolderHistory, TenureBounds } from './bounds';

export type TenureState = 'HOLDING' | 'ENDED' | 'NOT_STARTED' | 'UNKNOWN';

/** How long a citation keeps a tenure HOLDING without newer news. */
export const DEFAULT_STALE_MONTHS = 12;

const isDay = (d: string | null | undefined): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d);

/** "2025-03-31" minus 12 months is "2024-03-31"; day overflow is clamped to the month's end. */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function tenureState(bounds: TenureBounds, history: HolderHistory, asOf: string, staleMonths = DEFAULT_STALE_MONTHS): TenureState {
  if (bounds.end && bounds.endBasis !== 'LAST_SEEN' && bounds.end <= asOf) return 'ENDED';
  if (!bounds.start || bounds.start > asOf) return bounds.start ? 'NOT_STARTED' : 'UNKNOWN';
  // Cited in the post within the window before the date, or at any time after it (a later
  // citation while not ended means the person held the post through the date).
  const since = monthsBefore(asOf, staleMonths);
  const dates = [
    ...history.citations.filter((c) => c.status !== 'former').map((c) => c.date),
    ...history.events.map((e) => e.date),
  ].filter(isDay);
  return dates.some((d) => d >= since) ? 'HOLDING' : 'UNKNOWN';
}

export interface PostStates {
  personId: string;
  state: TenureState;
  /** Two holders of a one-holder post on one date: the sources contradict each other. */
  conflict: boolean;
}

/** States of all holders of one post on a date, flagging contradictions of a one-holder post. */
export function postStates(
  histories: HolderHistory[],
  bounds: TenureBounds[],
  oneHolder: boolean,
  asOf: string,
  staleMonths = DEFAULT_STALE_MONTHS,
): PostStates[] {
  const byPerson = new Map(histories.map((h) => [h.personId, h]));
  const states = bounds.map((b) => ({ personId: b.personId, state: tenureState(b, byPerson.get(b.personId) ?? { personId: b.personId, citations: [], events: [] }, asOf, staleMonths) }));
  const holding = states.filter((s) => s.state === 'HOLDING').length;
  return states.map((s) => ({ ...s, conflict: oneHolder && s.state === 'HOLDING' && holding > 1 }));
}
