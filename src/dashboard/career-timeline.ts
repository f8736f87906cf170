// A person's career as a timeline: one bar per post (across provinces), its ends drawn by what
// they rest on (a decision, or only the first and last article seen, a successor, a "nguyên"
// title), the personnel decisions as markers on their post's row. Every bar and marker is a
// button: it opens the articles that state it, and reads out as a sentence.
import { h, replace } from './dom';
import { formatDate, orgLink, sourceList } from './format';
import { label, t } from './i18n';
import type { CareerTenure, PersonEvent } from './queries';
import { boundsElement, boundsText, stateBadge, stateText } from './tenure-text';

const DAY = 86_400_000;
const PARTIAL = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** Days since 1970 of a full or partial date (2024, 2024-03, 2024-03-15); null without a year. */
export function dayOf(iso: string | null | undefined): number | null {
  const m = iso?.match(PARTIAL);
  return m ? Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) / DAY : null;
}

/** How an end of a bar is drawn: decided, only seen, or ended by what a later article says. */
export function edgeOf(basis: string | null): 'declared' | 'observed' | 'successor' | 'former' {
  if (basis === 'DECLARED') return 'declared';
  if (basis === 'SUCCESSOR_SEEN') return 'successor';
  if (basis === 'FORMER_TITLE') return 'former';
  return 'observed';
}

interface Span {
  from: number;
  to: number;
}

/** The years shown under the bars, at most about six of them. */
function ticks({ from, to }: Span): Array<{ year: number; at: number }> {
  const first = new Date(from * DAY).getUTCFullYear() + 1;
  const last = new Date(to * DAY).getUTCFullYear();
  const step = Math.max(1, Math.ceil((last - first + 1) / 6));
  const out: Array<{ year: number; at: number }> = [];
  for (let y = first; y <= last; y += step) out.push({ year: y, at: Date.UTC(y, 0, 1) / DAY });
  return out;
}

const percent = (day: number, s: Span) => ((day - s.from) / (s.to - s.from)) * 100;

const postOf = (x: { title: string; organization: { id: string } }) => `${x.title}\u0000${x.organization.id}`;

export function renderCareerTimeline(career: CareerTenure[], events: PersonEvent[], today: string): HTMLElement {
  const todayDay = dayOf(today)!;
  const days = [
    ...career.flatMap((c) => [c.start, c.end, c.firstSeen, c.lastSeen]),
    ...events.map((e) => e.date),
  ].map(dayOf).filter((d): d is number => d !== null);
  if (career.some((c) => c.state === 'HOLDING')) days.push(todayDay);
  const min = Math.min(...days);
  const max = Math.max(...days);
  // A little room either side, and at least a year shown (centred on a career of a few months),
  // so that a single date is a mark in a year rather than a wall.
  const width = Math.max(max - min, 365);
  const from = min - (width - (max - min)) / 2;
  const span: Span = days.length ? { from: from - width * 0.04, to: from + width * 1.04 } : { from: todayDay - 365, to: todayDay + 30 };

  const detail = h('div', { class: 'timeline-detail', id: 'timeline-detail', 'aria-live': 'polite' }, h('p', { class: 'muted' }, t('timelineHint')));
  const buttons: HTMLElement[] = [];
  const pick = (button: HTMLElement, content: Node[]) => {
    const again = button.getAttribute('aria-expanded') === 'true';
    buttons.forEach((b) => b.setAttribute('aria-expanded', 'false'));
    if (again) return replace(detail, h('p', { class: 'muted' }, t('timelineHint')));
    button.setAttribute('aria-expanded', 'true');
    replace(detail, content);
  };

  const marker = (e: PersonEvent) => {
    const day = dayOf(e.date);
    const text = `${label(e.kind)}: ${e.title}, ${e.organization.name}, ${e.date ? formatDate(e.date) : t('unknownDate')}`;
    const el = h('button', {
      type: 'button', class: `event-marker kind-${e.kind.toLowerCase()}`, 'data-event': e.id, 'aria-label': text, title: text,
      'aria-expanded': 'false', 'aria-controls': 'timeline-detail',
    });
    if (day !== null) el.style.left = `${percent(day, span)}%`;
    el.addEventListener('click', () => pick(el, [
      h('p', { class: 'detail-head' }, h('strong', {}, label(e.kind)), ' · ', h('span', { translate: 'no' }, e.title), ' · ', orgLink(e.organization), ' · ', e.date ? formatDate(e.date) : t('unknownDate')),
      e.decisionNumber ? h('p', {}, t('decisionNumber', { number: '' }), h('span', { translate: 'no' }, e.decisionNumber)) : null,
      e.decidedBy ? h('p', {}, t('decidedBy'), ' ', orgLink(e.decidedBy)) : null,
      sourceList(e.sources),
    ].filter((n): n is HTMLElement => !!n)));
    buttons.push(el);
    return el;
  };

  const bar = (c: CareerTenure) => {
    const from = dayOf(c.start ?? c.firstSeen);
    const to = dayOf(c.end ?? c.lastSeen) ?? from;
    const holding = c.state === 'HOLDING';
    const start = edgeOf(c.startBasis);
    const end = edgeOf(c.endBasis);
    const text = `${c.title}, ${c.organization.name}: ${boundsText(c)}${holding && c.endBasis !== 'DECLARED' ? `, ${t('stillHolding')}` : ''}. ${stateText(c.state, c.lastSeen)}. ${t('sourcesCount', { n: c.sources.length })}`;
    const el = h('button', {
      type: 'button', class: `tenure-bar start-${start} end-${end} state-${c.state.toLowerCase()}${from === null ? ' undated' : ''}`,
      'data-tenure': c.id, 'data-start-basis': c.startBasis ?? '', 'data-end-basis': c.endBasis ?? '',
      'aria-label': text, title: text, 'aria-expanded': 'false', 'aria-controls': 'timeline-detail',
    }, from === null ? t('unknownDate') : null);
    if (from !== null && to !== null) {
      el.style.left = `${percent(from, span)}%`;
      el.style.width = `${Math.max(0, percent(to, span) - percent(from, span))}%`;
    }
    el.addEventListener('click', () => pick(el, [
      h('p', { class: 'detail-head' }, h('strong', { translate: 'no' }, c.title), ' · ', orgLink(c.organization), ' ', stateBadge(c)),
      h('p', {}, boundsElement(c)),
      sourceList(c.sources),
    ]));
    buttons.push(el);
    // Still held on the last date: a thin tail to today, which says no article has told of an end.
    const tail = holding && to !== null && c.endBasis !== 'DECLARED' && to < todayDay ? h('span', { class: 'holding-tail', 'aria-hidden': 'true' }) : null;
    if (tail) {
      tail.style.left = `${percent(to!, span)}%`;
      tail.style.width = `${percent(todayDay, span) - percent(to!, span)}%`;
    }
    return [el, tail];
  };

  const sorted = [...career].sort((a, b) => (dayOf(a.start ?? a.firstSeen) ?? Infinity) - (dayOf(b.start ?? b.firstSeen) ?? Infinity));
  const eventsOf = new Map<string, PersonEvent[]>();
  for (const e of events) eventsOf.set(postOf(e), [...(eventsOf.get(postOf(e)) ?? []), e]);
  const rowOf = (key: string, heading: HTMLElement, items: Array<HTMLElement | null>) => {
    const placed = (eventsOf.get(key) ?? []).filter((e) => dayOf(e.date) !== null);
    eventsOf.delete(key);
    return h('li', { class: 'timeline-row' }, heading, h('div', { class: 'timeline-track' }, items, placed.map(marker)));
  };
  const placeOf = (o: CareerTenure['organization']) => (o.locality?.level === 'PROVINCE' ? o.locality.name : o.locality?.province ?? null);
  const heading = (title: string, o: CareerTenure['organization'] | PersonEvent['organization']) => {
    // The province, when the body's name does not say it (a career crosses provinces).
    const place = 'locality' in o ? placeOf(o) : null;
    return h('div', { class: 'timeline-label' }, h('span', { class: 'position-title', translate: 'no' }, title), ' · ', orgLink(o),
      place && !o.name.includes(place) ? h('span', { class: 'muted', translate: 'no' }, ` · ${place}`) : null);
  };
  const rows = sorted.map((c) => rowOf(postOf(c), heading(c.title, c.organization), bar(c)));
  // Decisions about a post no article otherwise shows the person in get a row of their own.
  const orphanRows = [...eventsOf.entries()].filter(([, list]) => list.some((e) => dayOf(e.date) !== null))
    .map(([key, list]) => rowOf(key, heading(list[0].title, list[0].organization), []));
  const undated = events.filter((e) => dayOf(e.date) === null);

  // A year label at the very edge would be cut off.
  let inside = ticks(span).filter((tick) => percent(tick.at, span) > 3 && percent(tick.at, span) < 94);
  // A window within one year has no new year to mark: its year is written in the middle.
  if (!inside.length) inside = [{ year: new Date(((span.from + span.to) / 2) * DAY).getUTCFullYear(), at: (span.from + span.to) / 2 }];
  const axis = h('div', { class: 'timeline-axis', 'aria-hidden': 'true' }, inside.map((tick) => {
    const el = h('span', { class: 'tick' }, String(tick.year));
    el.style.left = `${percent(tick.at, span)}%`;
    return el;
  }));
  const legendItem = (cls: string, text: string) => h('li', {}, h('span', { class: `legend-swatch ${cls}`, 'aria-hidden': 'true' }), text);
  return h('div', { class: 'career-timeline' },
    h('ol', { class: 'timeline-rows', 'aria-label': t('timelineLabel') }, rows, orphanRows),
    axis,
    undated.length ? h('p', { class: 'timeline-undated' }, t('eventsUndated'), ' ', undated.map(marker)) : null,
    h('ul', { class: 'timeline-legend' },
      legendItem('swatch-holding', t('stateHolding')), legendItem('swatch-unknown', t('stateUnknownUndated')), legendItem('swatch-ended', t('stateEnded')),
      legendItem('swatch-declared', t('legendDeclared')), legendItem('swatch-observed', t('legendObserved')),
      legendItem('swatch-successor', t('legendSuccessor')), legendItem('swatch-former', t('legendFormerTitle')),
      legendItem('swatch-event', t('legendEvent'))),
    detail);
}
