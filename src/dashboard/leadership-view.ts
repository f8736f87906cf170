// Leadership by place: the bodies of a province (or one district) and who holds each title, with
// each tenure's state on a date the reader chooses (today by default; &asOf= in the link) and its
// bounds with what they rest on. Bodies no article names a holder for are listed in one line, not
// as empty cards.
import { createDateField } from './date-field';
import { h, replace } from './dom';
import { formatDate, orgLink, personLink, sourceCards } from './format';
import { label, t } from './i18n';
import { inDistrict } from './province-data';
import type { Organization } from './queries';
import { showStatus } from './status-bar';
import { boundsElement, sortTenures, stateBadge } from './tenure-text';

const KIND_ORDER = ['PARTY_COMMITTEE', 'STANDING_COMMITTEE', 'BOARD', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'FRONT', 'MASS_ORGANIZATION', 'STATE_BODY'];
function bodyCard(org: Organization, asOf: string | null): HTMLElement {
  // On a phone each row is a card of its own (style.css), its sources listed as links.
  const rows = sortTenures(org.positions).map((p) =>
    h('tr', { class: `tenure state-${p.state.toLowerCase()}`, 'data-tenure': p.id, 'data-state': p.state },
      h('td', { class: 'tenure-title', translate: 'no' }, p.title),
      h('td', { class: 'tenure-person' }, personLink(p.person)),
      h('td', { class: 'tenure-status' }, stateBadge(p)),
      h('td', { class: 'dates' }, boundsElement(p)),
      h('td', { class: 'tenure-sources' }, sourceCards(p.sources))));
  const stateHead = asOf ? t('stateOn', { date: formatDate(asOf) }) : t('stateToday');
  return h('article', { class: 'body-card', 'data-org-id': org.id, 'data-org-name': org.name },
    h('header', {}, h('h3', {}, orgLink(org)), h('span', { class: 'muted' }, label(org.kind))),
    h('table', { class: 'tenures' },
      h('thead', {}, h('tr', {}, h('th', {}, t('title')), h('th', {}, t('person')), h('th', {}, stateHead), h('th', {}, t('tenure')), h('th', {}, t('sources')))),
      h('tbody', {}, rows)));
}

/** The date the states are given for, typed in the page's language; empty is today. */
function asOfForm(asOf: string | null, onAsOf: (asOf: string | null) => void): HTMLElement {
  const field = createDateField('asOf', t('asOfLabel'), asOf);
  const form = h('form', { class: 'as-of' }, field.element, ' ',
    h('button', { type: 'submit' }, t('asOfShow')), ' ',
    h('button', { type: 'button', class: 'as-of-today', disabled: !asOf, onclick: () => onAsOf(null) }, t('asOfToday')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    try {
      onAsOf(field.value());
    } catch (err) {
      showStatus('error', (err as Error).message);
    }
  });
  return form;
}

export interface LeadershipOptions {
  place: string;
  district: string | null;
  asOf: string | null;
  onAsOf(asOf: string | null): void;
}

export function renderLeadership(root: HTMLElement, organizations: Organization[], { place, district, asOf, onAsOf }: LeadershipOptions): void {
  // The date the rows are for ("" for today): the list is redrawn a moment after the link changes.
  root.dataset.asOf = asOf ?? '';
  const shown = organizations.filter((o) => inDistrict(o.locality, district) || (!district && !o.locality));
  if (!shown.length) {
    replace(root, h('p', { class: 'empty' }, t('noBodies', { place: district ?? place })));
    return;
  }
  // Province bodies first, then each district's, in the order of the system (party, state, front).
  const groups = new Map<string, Organization[]>();
  for (const o of shown) {
    const key = o.locality?.level === 'PROVINCE' || !o.locality ? '' : o.locality.name;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'vi')));
  replace(root, asOfForm(asOf, onAsOf), keys.map((k) => {
    const orgs = groups.get(k)!.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name, 'vi'));
    const held = orgs.filter((o) => o.positions.length);
    const empty = orgs.filter((o) => !o.positions.length);
    return h('section', { class: 'body-group' }, h('h2', { translate: 'no' }, k || place), held.map((o) => bodyCard(o, asOf)),
      empty.length ? h('p', { class: 'bodies-without-holders' }, h('span', { class: 'muted' }, t('bodiesWithoutHolders')), ' ',
        empty.flatMap((o, i) => [i ? ' · ' : '', orgLink(o)])) : null);
  }));
}
