// Leadership by place: the bodies of a province (or one district) and who holds each title,
// current and former, with when the articles first and last saw them. Bodies no article names a
// holder for are listed in one line, not as empty cards.
import { h, replace } from './dom';
import { badge, data, dateSpan, orgLink, personLink, sourceCards } from './format';
import { label, t } from './i18n';
import { inDistrict } from './province-data';
import type { ListTenure, Organization } from './queries';

const KIND_ORDER = ['PARTY_COMMITTEE', 'STANDING_COMMITTEE', 'BOARD', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'FRONT', 'MASS_ORGANIZATION', 'STATE_BODY'];
const STATUS_ORDER = { CURRENT: 0, ACTING: 1, FORMER: 2 };
/** Heads before deputies before members, whatever the body. */
const titleRank = (title: string) => (/^(Bí thư|Chủ tịch|Trưởng|Giám đốc|Chủ nhiệm|Chánh)/.test(title) ? 0 : /^Phó/.test(title) ? 1 : 2);

function sortTenures(list: ListTenure[]): ListTenure[] {
  return [...list].sort((a, b) =>
    titleRank(a.title) - titleRank(b.title) || a.title.localeCompare(b.title, 'vi') ||
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (b.lastSeen ?? '').localeCompare(a.lastSeen ?? ''));
}

function bodyCard(org: Organization): HTMLElement {
  // On a phone each row is a card of its own (style.css), its sources listed as links.
  const rows = sortTenures(org.positions).map((p) =>
    h('tr', { class: `tenure status-${p.status.toLowerCase()}` },
      h('td', { class: 'tenure-title', translate: 'no' }, p.title),
      h('td', { class: 'tenure-person' }, personLink(p.person)),
      h('td', { class: 'tenure-status' }, badge(p.status)),
      h('td', { class: 'dates' }, dateSpan(p.firstSeen, p.lastSeen)),
      h('td', { class: 'tenure-sources' }, sourceCards(p.sources))));
  return h('article', { class: 'body-card', 'data-org-id': org.id, 'data-org-name': org.name },
    h('header', {}, h('h3', {}, orgLink(org)), h('span', { class: 'muted' }, label(org.kind))),
    h('table', { class: 'tenures' },
      h('thead', {}, h('tr', {}, h('th', {}, t('title')), h('th', {}, t('person')), h('th', {}, t('status')), h('th', {}, t('seen')), h('th', {}, t('sources')))),
      h('tbody', {}, rows)));
}

export function renderLeadership(root: HTMLElement, organizations: Organization[], place: string, district: string | null): void {
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
  replace(root, keys.map((k) => {
    const orgs = groups.get(k)!.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name, 'vi'));
    const held = orgs.filter((o) => o.positions.length);
    const empty = orgs.filter((o) => !o.positions.length);
    return h('section', { class: 'body-group' }, h('h2', { translate: 'no' }, k || place), held.map(bodyCard),
      empty.length ? h('p', { class: 'bodies-without-holders' }, h('span', { class: 'muted' }, t('bodiesWithoutHolders')), ' ',
        empty.flatMap((o, i) => [i ? ' · ' : '', orgLink(o)])) : null);
  }));
}
