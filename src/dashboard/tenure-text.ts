// How a tenure is written wherever it appears (leadership lists, a body's panel, the career
// timeline): its bounds with what each rests on, and its state on a date. A date an article merely
// mentioned is never written as if it were the day a post began or ended, and nobody is "current"
// because an article once named them: the state comes from the API's `state(asOf:)`.
import { h } from './dom';
import { formatDate } from './format';
import { t, type LabelKey } from './i18n';
import type { TenureBasis, TenureState } from './gql/graphql';

export interface Bounded {
  start: string | null;
  startBasis: TenureBasis | null;
  end: string | null;
  endBasis: TenureBasis | null;
  lastSeen: string | null;
}

const START: Partial<Record<TenureBasis, LabelKey>> = { DECLARED: 'startDeclared', FIRST_SEEN: 'startFirstSeen' };
const END: Partial<Record<TenureBasis, LabelKey>> = {
  DECLARED: 'endDeclared', LAST_SEEN: 'endLastSeen', SUCCESSOR_SEEN: 'endSuccessor', FORMER_TITLE: 'endFormer',
};

/** "first seen 14/06/2022" for a start only an article shows; "from 01/03/2024 (declared)" for one a decision sets. */
export const startText = (b: Bounded) => (b.start ? t(START[b.startBasis ?? 'FIRST_SEEN'] ?? 'startFirstSeen', { date: formatDate(b.start) }) : null);
export const endText = (b: Bounded) => (b.end ? t(END[b.endBasis ?? 'LAST_SEEN'] ?? 'endLastSeen', { date: formatDate(b.end) }) : null);

/** One article is all there is: "first seen 5/9 – last seen 5/9" says it twice. */
const seenOnce = (b: Bounded) => !!b.start && b.start === b.end && b.startBasis === 'FIRST_SEEN' && b.endBasis === 'LAST_SEEN';

/** Both bounds in one line: "from 01/03/2024 (declared) – last seen 08/04/2024". */
export function boundsText(b: Bounded): string {
  if (seenOnce(b)) return t('seenOnce', { date: formatDate(b.start) });
  const parts = [startText(b), endText(b)].filter(Boolean);
  return parts.length ? parts.join(' – ') : t('unknownDate');
}

/** Both bounds as elements, each marked with its basis (so styles and tests tell them apart). */
export function boundsElement(b: Bounded): HTMLElement {
  if (seenOnce(b)) return h('span', { class: 'bounds' }, h('span', { class: 'bound bound-once basis-first_seen', 'data-basis': 'FIRST_SEEN' }, boundsText(b)));
  const part = (text: string | null, side: 'start' | 'end', basis: TenureBasis | null) =>
    text ? h('span', { class: `bound bound-${side} basis-${(basis ?? 'unknown').toLowerCase()}`, 'data-basis': basis ?? '' }, text) : null;
  const start = part(startText(b), 'start', b.startBasis);
  const end = part(endText(b), 'end', b.endBasis);
  return h('span', { class: 'bounds' }, start, start && end ? ' – ' : null, end, start || end ? null : t('unknownDate'));
}

export function stateText(state: TenureState, lastSeen: string | null): string {
  switch (state) {
    case 'HOLDING': return t('stateHolding');
    case 'ENDED': return t('stateEnded');
    case 'NOT_STARTED': return t('stateNotStarted');
    default: return lastSeen ? t('stateUnknown', { date: formatDate(lastSeen) }) : t('stateUnknownUndated');
  }
}

/** The state on a date as a badge, with a warning when two people hold a one-holder post then. */
export function stateBadge(tenure: { state: TenureState; lastSeen: string | null; conflict?: boolean; status?: string }): HTMLElement {
  return h('span', { class: 'tenure-state' },
    h('span', { class: `badge state-${tenure.state.toLowerCase()}`, 'data-state': tenure.state }, stateText(tenure.state, tenure.lastSeen)),
    tenure.status === 'ACTING' ? [' ', h('span', { class: 'badge badge-acting' }, t('acting'))] : null,
    tenure.conflict ? [' ', h('span', { class: 'badge state-conflict', title: t('stateConflict') }, '⚠ ', t('stateConflict'))] : null);
}

const STATE_ORDER: Record<TenureState, number> = { HOLDING: 0, UNKNOWN: 1, NOT_STARTED: 2, ENDED: 3 };
/** Heads before deputies before members, whatever the body. */
const titleRank = (title: string) => (/^(Bí thư|Chủ tịch|Trưởng|Giám đốc|Chủ nhiệm|Chánh)/.test(title) ? 0 : /^Phó/.test(title) ? 1 : 2);

/** A body's titles in the order of the system, each title's holders by state, the latest first. */
export function sortTenures<T extends Bounded & { title: string; state: TenureState }>(list: T[]): T[] {
  return [...list].sort((a, b) =>
    titleRank(a.title) - titleRank(b.title) || a.title.localeCompare(b.title, 'vi') ||
    STATE_ORDER[a.state] - STATE_ORDER[b.state] || (b.start ?? b.lastSeen ?? '').localeCompare(a.start ?? a.lastSeen ?? ''));
}
