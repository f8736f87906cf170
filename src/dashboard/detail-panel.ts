// The side panel: a person (positions as a timeline, meetings chaired and attended, colleagues,
// sources), a meeting, a body or a document. Each fact shows the articles that state it.
import { gql } from './api-client';
import type { Meeting, Organization, Person, Source, Tenure } from './api-types';
import { $, h, replace } from './dom';
import { badge, dateSpan, formatDate, meetingLink, orgLink, personLink, sourceList } from './format';
import { label, t } from './i18n';
import { meetingItem } from './meeting-list';
import { DIRECTIVE, MEETING, ORGANIZATION, PERSON } from './queries';
import { apiErrorMessage } from './status-bar';

let last: (() => Promise<void>) | null = null;

function open(kind: string, id: string): { body: HTMLElement } {
  const panel = $('#panel');
  panel.hidden = false;
  panel.dataset.kind = kind;
  panel.dataset.id = id;
  const body = $('#panel-body');
  replace(body, h('p', { class: 'muted' }, h('span', { class: 'spinner' }), ' ', t('loading')));
  return { body };
}

async function load<T>(kind: string, id: string, query: string, render: (data: T) => Node[]): Promise<void> {
  last = () => load(kind, id, query, render);
  const { body } = open(kind, id);
  try {
    const data = await gql<Record<string, T | null>>(query, { id });
    if ($('#panel').dataset.id !== id) return; // another panel was opened meanwhile
    const item = Object.values(data)[0];
    replace(body, item ? render(item) : h('p', { class: 'empty' }, t('none')));
  } catch (e) {
    replace(body, h('p', { class: 'error' }, apiErrorMessage(e)));
  }
}

const section = (title: string, ...content: Array<Node | Node[] | null>) => h('section', { class: 'panel-section' }, h('h3', {}, title), ...content);

function timeline(positions: Tenure[]): HTMLElement {
  const sorted = [...positions].sort((a, b) => (a.firstSeen ?? '9999').localeCompare(b.firstSeen ?? '9999') || a.title.localeCompare(b.title, 'vi'));
  return h('ol', { class: 'timeline' }, sorted.map((p) =>
    h('li', { class: `status-${p.status.toLowerCase()}` },
      h('span', { class: 'timeline-dates' }, dateSpan(p.firstSeen, p.lastSeen)),
      h('div', {}, h('strong', {}, p.title), ' · ', orgLink(p.organization), ' ', badge(p.status)),
      h('details', {}, h('summary', {}, `${t('sources')} (${p.sources.length})`), sourceList(p.sources)))));
}

function renderPerson(p: Person): Node[] {
  const chaired = new Set(p.meetingsChaired.map((m) => m.id));
  const attended = p.meetingsAttended.filter((a) => !chaired.has(a.meeting.id));
  const byDate = <T extends { date: string | null }>(a: T, b: T) => (b.date ?? '').localeCompare(a.date ?? '');
  return [
    h('header', { class: 'panel-head' }, h('p', { class: 'muted' }, t('personOf', { province: p.province ?? '—' })), h('h2', { class: 'person-name' }, p.name)),
    section(t('positions'), p.positions.length ? timeline(p.positions) : h('p', { class: 'muted' }, t('none'))),
    section(`${t('meetingsChaired')} (${p.meetingsChaired.length})`, h('ul', {}, [...p.meetingsChaired].sort(byDate).map((m) => h('li', {}, h('time', {}, formatDate(m.date)), ' ', meetingLink(m))))),
    section(`${t('meetingsAttended')} (${attended.length})`, h('ul', {}, attended.sort((a, b) => byDate(a.meeting, b.meeting)).map((a) =>
      h('li', {}, h('time', {}, formatDate(a.meeting.date)), ' ', meetingLink(a.meeting), h('span', { class: 'muted' }, ` (${a.roles.map(label).join(', ')})`))))),
    section(t('colleagues'), h('ul', {}, p.colleagues.map((c) => h('li', {}, personLink(c.person), h('span', { class: 'muted' }, ` · ${t('sharedMeetings', { n: c.sharedMeetings })}`))))),
    section(t('sources'), sourceList(p.sources)),
  ];
}

function renderOrganization(o: Organization & { meetings: Array<{ id: string; date: string | null; title: string | null }> }): Node[] {
  return [
    h('header', { class: 'panel-head' }, h('p', { class: 'muted' }, `${label(o.kind)} · ${label(o.level)}${o.locality ? ` · ${o.locality.name}` : ''}`), h('h2', {}, o.name),
      o.parent ? h('p', {}, '↑ ', orgLink(o.parent)) : null),
    section(t('positions'), h('ul', { class: 'plain' }, o.positions.map((p) => h('li', {}, h('strong', {}, p.title), ' · ', personLink(p.person), ' ', badge(p.status), h('span', { class: 'muted' }, ` ${dateSpan(p.firstSeen, p.lastSeen)}`))))),
    section(t('meetings'), h('ul', {}, o.meetings.map((m) => h('li', {}, h('time', {}, formatDate(m.date)), ' ', meetingLink(m))))),
  ];
}

interface DirectiveDetail {
  id: string; kind: string; number: string; title: string | null; issuerText: string | null; date: string | null;
  issuer: { id: string; name: string } | null; meetings: Array<{ id: string; date: string | null; title: string | null }>; sources: Source[];
}

function renderDirective(d: DirectiveDetail): Node[] {
  return [
    h('header', { class: 'panel-head' }, h('p', { class: 'muted' }, d.kind), h('h2', {}, `${d.kind} ${d.number}`), d.title ? h('p', {}, d.title) : null,
      h('p', {}, `${t('issuedBy')}: `, d.issuer ? orgLink(d.issuer) : d.issuerText ?? '—', d.date ? ` · ${formatDate(d.date)}` : '')),
    section(t('meetings'), h('ul', {}, d.meetings.map((m) => h('li', {}, h('time', {}, formatDate(m.date)), ' ', meetingLink(m))))),
    section(t('sources'), sourceList(d.sources)),
  ];
}

export const openPerson = (id: string) => load<Person>('person', id, PERSON, renderPerson);
export const openMeeting = (id: string) => load<Meeting>('meeting', id, MEETING, (m) => [meetingItem(m, true)]);
export const openOrganization = (id: string) => load<Organization & { meetings: [] }>('organization', id, ORGANIZATION, renderOrganization);
export const openDirective = (id: string) => load<DirectiveDetail>('directive', id, DIRECTIVE, renderDirective);

export function closePanel(): void {
  $('#panel').hidden = true;
  last = null;
}

/** Redraws the open panel (after the language changes). */
export const refreshPanel = () => last?.();
