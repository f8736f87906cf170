// Meetings of the place, newest first: date, who chaired, who attended, the documents referred to.
import { h, replace } from './dom';
import { data, directiveLink, formatDate, meetingLink, personLink, sourceList } from './format';
import { label, t } from './i18n';
import { inDistrict } from './province-data';
import type { Meeting } from './queries';

function people(list: Meeting['attendees']) {
  return list.flatMap((a, i) => [i ? ', ' : '', personLink(a.person)]);
}

export function meetingItem(m: Meeting, full = false): HTMLElement {
  const others = m.attendees.filter((a) => !m.chairs.some((c) => c.person.id === a.person.id));
  const when = h('time', { datetime: m.date ?? '' }, m.date ? formatDate(m.date) : t('unknownDate'), m.partOfDay ? ` · ${label(m.partOfDay)}` : '');
  return h('article', { class: 'meeting', 'data-meeting-id': m.id },
    // In its own panel the title is the panel's heading already.
    h('header', {}, when, ' ', full ? null : meetingLink({ ...m, title: m.title ?? m.id })),
    h('dl', {},
      h('dt', {}, t('chairs')), h('dd', {}, m.chairs.length ? people(m.chairs) : h('span', { class: 'muted' }, t('nobody'))),
      others.length ? [h('dt', {}, t('attendees')), h('dd', {}, people(others))] : null,
      m.directives.length ? [h('dt', {}, t('directives')), h('dd', {}, h('ul', { class: 'directives' }, m.directives.map((d) =>
        h('li', {}, directiveLink(d), d.title ? [' — ', data(d.title)] : null))))] : null,
      full || m.sources.length ? [h('dt', {}, t('sources')), h('dd', {}, sourceList(m.sources, full))] : null));
}

export function renderMeetings(root: HTMLElement, meetings: Meeting[], district: string | null): void {
  const shown = meetings.filter((m) => inDistrict(m.locality, district) || (!district && !m.locality));
  if (!shown.length) {
    replace(root, h('p', { class: 'empty' }, t('noMeetings')));
    return;
  }
  const sorted = [...shown].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
  replace(root, h('p', { class: 'muted meeting-count' }, t('meetingsCount', { n: sorted.length })), sorted.map((m) => meetingItem(m)));
}
