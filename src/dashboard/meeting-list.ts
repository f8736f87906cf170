// Meetings of the place, newest first: date, who chaired, who attended, the documents referred to.
import type { Meeting } from './api-types';
import { h, replace } from './dom';
import { formatDate, personLink, sourceList } from './format';
import { label, t } from './i18n';
import { nav } from './navigation';
import { inDistrict } from './province-data';

function people(list: Meeting['attendees']) {
  return list.flatMap((a, i) => [i ? ', ' : '', personLink(a.person)]);
}

export function meetingItem(m: Meeting, full = false): HTMLElement {
  const others = m.attendees.filter((a) => !m.chairs.some((c) => c.person.id === a.person.id));
  return h('article', { class: 'meeting', 'data-meeting-id': m.id },
    h('header', {},
      h('time', { datetime: m.date ?? '' }, m.date ? formatDate(m.date) : t('unknownDate'), m.partOfDay ? ` (${label(m.partOfDay)})` : ''),
      ' ',
      full ? h('strong', {}, m.title ?? '') : h('button', { type: 'button', class: 'link meeting-link', onclick: () => nav.openMeeting(m.id) }, m.title ?? m.id)),
    h('dl', {},
      h('dt', {}, t('chairs')), h('dd', {}, m.chairs.length ? people(m.chairs) : t('none')),
      h('dt', {}, t('attendees')), h('dd', {}, others.length ? people(others) : t('none')),
      m.directives.length ? [h('dt', {}, t('directives')), h('dd', {}, h('ul', { class: 'directives' }, m.directives.map((d) =>
        h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => nav.openDirective(d.id) }, `${d.kind} ${d.number}`), d.title ? ` — ${d.title}` : ''))))] : null,
      full || m.sources.length ? [h('dt', {}, t('sources')), h('dd', {}, sourceList(m.sources, full))] : null));
}

export function renderMeetings(root: HTMLElement, meetings: Meeting[], district: string | null): void {
  const shown = meetings.filter((m) => inDistrict(m.locality, district) || (!district && !m.locality));
  if (!shown.length) {
    replace(root, h('p', { class: 'empty' }, t('noMeetings')));
    return;
  }
  const sorted = [...shown].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
  replace(root, h('p', { class: 'muted' }, `${sorted.length} ${t('meetings').toLowerCase()}`), sorted.map((m) => meetingItem(m)));
}
