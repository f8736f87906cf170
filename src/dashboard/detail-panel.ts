// The side panel: a person (positions, meetings chaired and attended, colleagues, sources), a
// meeting, a body or a document. Each fact shows the articles that state it; each panel has a
// link to copy. It sits beside the network, never over it (style.css), except on a phone.
import { gql } from './api-client';
import { copyLinkButton } from './copy-link';
import { $, h, replace } from './dom';
import { renderCareerTimeline } from './career-timeline';
import { data, formatDate, meetingLink, orgLink, personLink, sourceList } from './format';
import { currentLang, label, t } from './i18n';
import { meetingItem } from './meeting-list';
import { nav } from './navigation';
import { DIRECTIVE, MEETING, ORGANIZATION, PERSON, type DirectiveDetail, type MeetingDetail, type OrganizationDetail, type PersonDetail } from './queries';
import { boundsElement, sortTenures, stateBadge } from './tenure-text';
import { apiErrorMessage } from './status-bar';
import { feedHref, type PanelKind } from './url-state';
import type { Followed } from './watchlist';

/** What a panel tells the page about the place of what it shows (so a link can open its province). */
export interface Opened {
  province: string | null;
  label: string;
}

let last: (() => Promise<Opened | null>) | null = null;

const today = () => new Date().toISOString().slice(0, 10);
let opened = 0;

const section = (name: string, title: string, ...content: Array<Node | Node[] | null>) =>
  h('section', { class: 'panel-section', 'data-section': name }, h('h3', {}, title), ...content);

const dated = <T extends { date: string | null }>(list: T[]) => [...list].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));

const meetingLine = (m: { id: string; date: string | null; title: string | null }, extra?: Node | null) =>
  h('li', {}, h('time', { datetime: m.date ?? '' }, formatDate(m.date)), ' ', meetingLink(m), extra ?? null);

function head(kicker: string, title: string, follow: Followed | null, ...rest: Array<Node | null>): HTMLElement {
  return h('header', { class: 'panel-head' },
    h('div', { class: 'panel-tools' }, follow ? nav.followButton(follow) : null, ' ', copyLinkButton(() => location.href)),
    h('p', { class: 'muted' }, kicker), h('h2', { class: 'panel-title', translate: 'no' }, title), ...rest);
}

function renderPerson(p: PersonDetail): Node[] {
  const chaired = new Set(p.meetingsChaired.map((m) => m.id));
  const attended = p.meetingsAttended.filter((a) => !chaired.has(a.meeting.id));
  return [
    head(t('personOf', { province: p.province ?? '—' }), p.name, { kind: 'person', id: p.id, label: p.name },
      h('p', { class: 'ego-links' }, t('egoShow'), ' ',
        ([1, 2] as const).map((depth) => h('button', { type: 'button', class: 'ego-open', 'data-depth': depth, onclick: () => nav.ego({ id: p.id, depth }) }, t('egoDepth', { n: depth }))))),
    section('positions', t('careerTimeline'), p.career.length || p.events.length ? renderCareerTimeline(p.career, p.events, today()) : h('p', { class: 'muted' }, t('noPositions'))),
    p.meetingsChaired.length ? section('chaired', t('meetingsChaired', { n: p.meetingsChaired.length }), h('ul', {}, dated(p.meetingsChaired).map((m) => meetingLine(m)))) : null,
    attended.length ? section('attended', t('meetingsAttended', { n: attended.length }), h('ul', {}, dated(attended.map((a) => ({ ...a.meeting, roles: a.roles }))).map((m) =>
      meetingLine(m, h('span', { class: 'muted' }, ` (${m.roles.map(label).join(', ')})`))))) : null,
    p.colleagues.length ? section('colleagues', t('colleagues'), h('ul', {}, p.colleagues.map((c) => h('li', {}, personLink(c.person), h('span', { class: 'muted' }, ` · ${t('sharedMeetings', { n: c.sharedMeetings })}`))))) : null,
    section('sources', t('sources'), sourceList(p.sources)),
  ].filter((n): n is HTMLElement => !!n);
}

function renderOrganization(o: OrganizationDetail): Node[] {
  const place = o.locality ? ` · ${o.locality.name}` : '';
  return [
    head(`${label(o.kind)} · ${label(o.level)}${place}`, o.name, { kind: 'body', id: o.id, label: o.name }, o.parent ? h('p', {}, '↑ ', orgLink(o.parent)) : null,
      h('p', { class: 'feed' }, h('a', { href: feedHref({ kind: 'body', id: o.id }, currentLang()), class: 'feed-link', type: 'application/atom+xml' }, t('atomFeed')))),
    o.positions.length
      ? section('positions', t('positions'), h('ul', { class: 'plain' }, sortTenures(o.positions).map((p) =>
          h('li', { class: 'tenure', 'data-tenure': p.id, 'data-state': p.state }, data(p.title, 'position-title'), ' · ', personLink(p.person), ' ', stateBadge(p),
            h('div', { class: 'muted' }, boundsElement(p))))))
      : null,
    o.meetings.length ? section('meetings', t('meetingsCount', { n: o.meetings.length }), h('ul', {}, dated(o.meetings).map((m) => meetingLine(m)))) : null,
  ].filter((n): n is HTMLElement => !!n);
}

function renderDirective(d: DirectiveDetail): Node[] {
  return [
    head(d.kind, `${d.kind} ${d.number}`, null, d.title ? h('p', { translate: 'no' }, d.title) : null,
      h('p', {}, `${t('issuedBy')}: `, d.issuer ? orgLink(d.issuer) : data(d.issuerText ?? '—'), d.date ? ` · ${formatDate(d.date)}` : '')),
    d.meetings.length ? section('meetings', t('meetingsCount', { n: d.meetings.length }), h('ul', {}, dated(d.meetings).map((m) => meetingLine(m)))) : null,
    section('sources', t('sources'), sourceList(d.sources)),
  ].filter((n): n is HTMLElement => !!n);
}

function renderMeeting(m: MeetingDetail): Node[] {
  const chairs = m.attendees.filter((a) => a.roles.includes('CHAIRED'));
  return [
    head(label('MEETING'), m.title ?? formatDate(m.date), null),
    meetingItem({ ...m, chairs }, true),
  ];
}

const provinceOf = (l: { level: string; name: string; province: string | null } | null) => (l ? (l.level === 'PROVINCE' ? l.name : l.province) : null);

const LOADERS: Record<PanelKind, (id: string) => Promise<{ nodes: Node[]; opened: Opened } | null>> = {
  person: async (id) => {
    const p = (await gql(PERSON, { id })).person;
    return p && { nodes: renderPerson(p), opened: { province: p.province, label: p.name } };
  },
  meeting: async (id) => {
    const m = (await gql(MEETING, { id })).meeting;
    return m && { nodes: renderMeeting(m), opened: { province: provinceOf(m.locality), label: m.title ?? m.id } };
  },
  body: async (id) => {
    const o = (await gql(ORGANIZATION, { id })).organization;
    return o && { nodes: renderOrganization(o), opened: { province: provinceOf(o.locality), label: o.name } };
  },
  directive: async (id) => {
    const d = (await gql(DIRECTIVE, { id })).directive;
    return d && { nodes: renderDirective(d), opened: { province: null, label: `${d.kind} ${d.number}` } };
  },
};

/** Opens a panel and resolves with the place of what it shows (null when it is not in the graph). */
export async function openPanel(kind: PanelKind, id: string): Promise<Opened | null> {
  last = () => openPanel(kind, id);
  const ticket = ++opened;
  const panel = $('#panel');
  panel.hidden = false;
  document.body.classList.add('panel-open');
  panel.dataset.kind = kind;
  panel.dataset.id = id;
  delete panel.dataset.loaded;
  const body = $('#panel-body');
  replace(body, h('p', { class: 'muted' }, h('span', { class: 'spinner' }), ' ', t('loading')));
  try {
    const loaded = await LOADERS[kind](id);
    if (ticket !== opened) return null; // another panel was opened meanwhile
    replace(body, loaded ? loaded.nodes : h('p', { class: 'empty' }, t('notFound')));
    panel.dataset.loaded = 'true';
    return loaded?.opened ?? null;
  } catch (e) {
    if (ticket === opened) replace(body, h('p', { class: 'error' }, apiErrorMessage(e)));
    return null;
  }
}

export function closePanel(): void {
  opened++;
  const panel = $('#panel');
  panel.hidden = true;
  delete panel.dataset.id;
  delete panel.dataset.kind;
  document.body.classList.remove('panel-open');
  last = null;
}

/** Redraws the open panel (after the language changes). */
export const refreshPanel = () => last?.();
