// The watchlist tab and the "follow" buttons: what the reader follows, each with the changes since
// their last visit (new and ended titles, new meetings) read from the API, and the Atom feed of a
// followed province or body for a feed reader.
import { gql } from './api-client';
import { h, replace } from './dom';
import { formatDate, meetingLink, orgLink, personLink } from './format';
import { t } from './i18n';
import { loadMeetings, loadOrganizations } from './province-data';
import { WATCH_BODY, WATCH_PERSON } from './queries';
import { apiErrorMessage, showApiError } from './status-bar';
import { feedHref } from './url-state';
import { browserWatchlist, changesSince, snapshotOf, type Change, type Followed, type Observed } from './watchlist';

const today = () => new Date().toISOString().slice(0, 10);

/** What the API says now about a followed item; null when it is no longer in the graph. */
async function observe(f: Followed): Promise<Observed | null> {
  if (f.kind === 'person') {
    const p = (await gql(WATCH_PERSON, { id: f.id })).person;
    if (!p) return null;
    const meetings = new Map([...p.meetingsChaired, ...p.meetingsAttended.map((a) => a.meeting)].map((m) => [m.id, m]));
    return { titles: p.career, meetings: [...meetings.values()] };
  }
  if (f.kind === 'body') {
    const o = (await gql(WATCH_BODY, { id: f.id })).organization;
    return o && { titles: o.positions, meetings: o.meetings };
  }
  const [orgs, meetings] = await Promise.all([loadOrganizations(f.id), loadMeetings(f.id, { since: null, until: null })]);
  return {
    titles: orgs.flatMap((o) => o.positions.map((p) => ({ id: p.id, state: p.state, title: p.title, person: p.person, organization: { id: o.id, name: o.name } }))),
    meetings,
  };
}

export interface WatchView {
  /** Reads every followed item again and redraws the tab and the count of changes. */
  refresh(): Promise<void>;
  /** A button that follows or unfollows `f` (a panel's, the province bar's). */
  followButton(f: Followed): HTMLElement;
}

export function createWatchView(root: HTMLElement, count: HTMLElement, options: { lang(): string; openProvince(name: string): void }): WatchView {
  const list = browserWatchlist();
  const buttons = new Set<{ f: Followed; el: HTMLButtonElement }>();
  let asked = 0;

  const itemLink = (f: Followed) =>
    f.kind === 'person' ? personLink({ id: f.id, name: f.label })
      : f.kind === 'body' ? orgLink({ id: f.id, name: f.label })
        : h('a', { href: `/?province=${encodeURIComponent(f.id)}`, class: 'province-link', translate: 'no', onclick: (e: Event) => (e.preventDefault(), options.openProvince(f.id)) }, f.label);

  const changeItem = (c: Change) => {
    if (c.kind === 'newMeeting') {
      return h('li', { class: 'change change-new-meeting', 'data-change': c.kind, 'data-id': c.meeting.id },
        h('span', { class: 'change-kind' }, t('changeNewMeeting')), ' ', c.meeting.date ? [formatDate(c.meeting.date), ' · '] : null, meetingLink(c.meeting));
    }
    return h('li', { class: `change change-${c.kind === 'newTitle' ? 'new-title' : 'ended-title'}`, 'data-change': c.kind, 'data-id': c.title.id },
      h('span', { class: 'change-kind' }, t(c.kind === 'newTitle' ? 'changeNewTitle' : 'changeEndedTitle')), ' ',
      personLink(c.title.person), ' · ', h('span', { translate: 'no' }, c.title.title), ' · ', orgLink(c.title.organization));
  };

  function renderItem(f: Followed, body: HTMLElement | string): HTMLElement {
    const feed = f.kind === 'person' ? null : h('a', { href: feedHref({ kind: f.kind, id: f.id }, options.lang()), class: 'feed-link', type: 'application/atom+xml' }, t('atomFeed'));
    return h('article', { class: 'watch-item', 'data-watch': `${f.kind}:${f.id}` },
      h('header', {}, h('span', { class: 'muted' }, t(f.kind === 'person' ? 'watchPerson' : f.kind === 'body' ? 'watchBody' : 'watchProvince')), ' ', itemLink(f),
        h('span', { class: 'watch-tools' }, feed, ' ', h('button', { type: 'button', class: 'unfollow', onclick: () => toggle(f) }, t('unfollow')))),
      body);
  }

  async function refresh(): Promise<void> {
    const ticket = ++asked;
    const items = [...list.items];
    if (!items.length) {
      count.textContent = '';
      replace(root, h('p', { class: 'empty' }, t('watchEmpty')));
      return;
    }
    replace(root, h('p', { class: 'muted' }, h('span', { class: 'spinner' }), ' ', t('loading')));
    const results = await Promise.all(items.map(async (f) => {
      try {
        const now = await observe(f);
        return { f, now, error: null };
      } catch (e) {
        return { f, now: null, error: apiErrorMessage(e) };
      }
    }));
    if (ticket !== asked) return;
    let total = 0;
    const since = items.map((f) => list.baseline(f)?.at).filter((x): x is string => !!x).sort()[0];
    const blocks = results.map(({ f, now, error }) => {
      if (error) return renderItem(f, h('p', { class: 'error' }, error));
      if (!now) return renderItem(f, h('p', { class: 'empty' }, t('notFound')));
      const base = list.baseline(f);
      const changes = base ? changesSince(base, now) : [];
      list.saw(f, snapshotOf(now, today()));
      total += changes.length;
      return renderItem(f, changes.length
        ? h('ul', { class: 'changes' }, changes.map(changeItem))
        : h('p', { class: 'muted no-changes' }, t('noChanges')));
    });
    count.textContent = total ? ` (${total})` : '';
    replace(root,
      h('div', { class: 'watch-head' }, h('p', {}, since ? t('changesSince', { date: formatDate(since) }) : null),
        total ? h('button', { type: 'button', class: 'mark-seen', onclick: () => (list.markSeen(), void refresh()) }, t('markSeen')) : null),
      blocks);
  }

  function paint(el: HTMLButtonElement, f: Followed) {
    const on = list.has(f);
    el.setAttribute('aria-pressed', String(on));
    el.textContent = on ? `★ ${t('following')}` : `☆ ${t('follow')}`;
  }

  async function toggle(f: Followed): Promise<void> {
    if (list.has(f)) list.unfollow(f);
    else {
      const now = await observe(f);
      if (!now) return;
      list.follow(f, snapshotOf(now, today()));
    }
    for (const b of buttons) if (b.el.isConnected) paint(b.el, b.f);
    else buttons.delete(b);
    await refresh();
  }

  function followButton(f: Followed): HTMLElement {
    const el = h('button', { type: 'button', class: 'follow', 'data-follow': `${f.kind}:${f.id}` });
    el.addEventListener('click', () => {
      el.disabled = true;
      toggle(f).catch(showApiError).finally(() => (el.disabled = false));
    });
    paint(el, f);
    buttons.add({ f, el });
    return el;
  }

  return { refresh, followButton };
}
