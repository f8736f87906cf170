// Careers and tenure states in a real browser, against the real server over the career fixture
// articles (appointments, a dismissal, a transfer, a "nguyên" title) beside the usual ones.
import { join } from 'path';
import type { Page } from 'playwright-core';
import { ROOT } from '../helpers/cli';
import { DEFAULT_ARTICLES } from '../api/test-api';
import { networkDrawn, panelShows, shot, startDashboard, type DashboardHarness } from './browser';
import { ingestNewArticle, NEW_ARTICLE } from './new-article';

let d: DashboardHarness;
beforeAll(async () => {
  d = await startDashboard({ articles: [...DEFAULT_ARTICLES, join(ROOT, 'tests', 'fixtures', 'careers')] });
}, 180_000);
afterAll(async () => {
  await d?.close();
});

const q = (params: Record<string, string>) => `/?${new URLSearchParams(params)}`;
const QUANG_TRI = 'Quảng Trị';
/** Cited as Phó Chủ tịch from 2023 (first seen), relieved of the post on 20/9/2024 (declared). */
const TOAN = 'person/quang-tri/phan-quốc-toàn';
/** Appointed Giám đốc Sở Nội vụ from 1/3/2024 (declared), cited once then. */
const HA = 'person/quang-tri/trần-thị-thu-hà';
/** Bí thư Tỉnh ủy Thái Bình in 2024, called "nguyên" (former) in 2025. */
const HAI = 'person/thai-binh/ngô-đông-hải';

async function openAt(page: Page, path: string) {
  await page.goto(`${d.api.url}${path}`);
  await networkDrawn(page);
}

interface ApiTenure {
  id: string;
  title: string;
  organization: { name: string };
  startBasis: string | null;
  endBasis: string | null;
  state: string;
  sources: Array<{ url: string | null; quote: string | null }>;
}

async function career(id: string): Promise<ApiTenure[]> {
  const res = await d.api.gql(`query ($id: ID!) { person(id: $id) { career { id title organization { name } startBasis endBasis state sources { url quote } } } }`, { id });
  return res.data.person.career;
}

const bar = (page: Page, tenureId: string) => page.locator(`.tenure-bar[data-tenure="${tenureId}"]`);

/** The computed style of a bar's two ends. */
const ends = (page: Page, tenureId: string) => bar(page, tenureId).evaluate((el) => {
  const s = getComputedStyle(el);
  return { left: `${s.borderLeftStyle} ${s.borderLeftWidth}`, right: `${s.borderRightStyle} ${s.borderRightWidth}`, image: s.backgroundImage };
});

describe('the career timeline', () => {
  it('draws a declared bound and one only seen in articles differently, one bar per post, each opening its sources', async () => {
    const [tenure] = await career(TOAN);
    expect(tenure).toMatchObject({ title: 'Phó Chủ tịch', startBasis: 'FIRST_SEEN', endBasis: 'DECLARED' });
    const { page, context } = await d.open();
    await openAt(page, q({ person: TOAN }));
    await panelShows(page, 'person', TOAN);
    const el = bar(page, tenure.id);
    expect(await el.count()).toBe(1);
    expect(await page.locator('#panel .tenure-bar').count()).toBe((await career(TOAN)).length);
    expect(await el.getAttribute('data-start-basis')).toBe('FIRST_SEEN');
    expect(await el.getAttribute('data-end-basis')).toBe('DECLARED');
    expect(await el.getAttribute('class')).toMatch(/\bstart-observed\b.*\bend-declared\b/);
    // The declared end is a solid cap; the start only an article shows is dashed and fades in.
    const style = await ends(page, tenure.id);
    expect(style.right).toBe('solid 4px');
    expect(style.left).toMatch(/^dashed /);
    expect(style.image).toContain('gradient');
    expect(style.left).not.toBe(style.right);
    // The dismissal is a marker at the bar's declared end.
    const marker = page.locator('#panel .event-marker.kind-dismissed');
    expect(await marker.count()).toBe(1);
    const barBox = (await el.boundingBox())!;
    const markerBox = (await marker.boundingBox())!;
    expect(Math.abs(markerBox.x + markerBox.width / 2 - (barBox.x + barBox.width))).toBeLessThan(12);
    await shot(page, '30-career-declared-observed');

    // A "nguyên" title ends a bar in its own way, different again from a declared end.
    const [former] = await career(HAI);
    expect(former.endBasis).toBe('FORMER_TITLE');
    await openAt(page, q({ person: HAI }));
    await panelShows(page, 'person', HAI);
    expect(await bar(page, former.id).getAttribute('class')).toMatch(/\bend-former\b/);
    expect((await ends(page, former.id)).right).toMatch(/^double /);
    await shot(page, '31-career-former-title');
    expect((page as any).problems).toEqual([]);
    await context.close();
  });

  it('every bar is reached with the keyboard, reads as a sentence and opens the articles that state it', async () => {
    const tenures = await career(HA);
    expect(tenures.length).toBeGreaterThan(1);
    const { page, context } = await d.open();
    await openAt(page, q({ person: HA }));
    await panelShows(page, 'person', HA);
    await page.focus('#panel .ego-open[data-depth="2"]');
    const reached: string[] = [];
    for (let i = 0; i < 40 && reached.length < tenures.length; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.tenure ?? null);
      if (id) reached.push(id);
    }
    expect(reached.sort()).toEqual(tenures.map((x) => x.id).sort());

    const declared = tenures.find((x) => x.startBasis === 'DECLARED')!;
    expect(declared).toMatchObject({ title: 'Giám đốc' });
    const el = bar(page, declared.id);
    const text = (await el.getAttribute('aria-label'))!;
    expect(text).toContain('Giám đốc');
    expect(text).toContain('Sở Nội vụ');
    expect(text).toContain('01/03/2024 (theo quyết định)');
    expect(text).toMatch(/Nguồn \(1\)/);
    await el.focus();
    await page.keyboard.press('Enter');
    expect(await el.getAttribute('aria-expanded')).toBe('true');
    const detail = page.locator('#panel .timeline-detail');
    for (const s of declared.sources) {
      if (s.url) expect(await detail.locator('a.source-link').first().getAttribute('href')).toBe(s.url);
      if (s.quote) expect(await detail.textContent()).toContain(s.quote);
    }
    await shot(page, '32-career-sources');
    await context.close();
  });
});

describe('tenure states in the leadership lists', () => {
  /** Each row's state, by tenure id, as the page shows it. */
  const rowStates = (page: Page) => page.$$eval('#tab-leadership tr.tenure', (rows) =>
    Object.fromEntries(rows.map((r) => [(r as HTMLElement).dataset.tenure!, (r as HTMLElement).dataset.state!])));

  async function apiStates(asOf: string | null): Promise<Record<string, string>> {
    const res = await d.api.gql(`query ($asOf: Date) { organizations(filter: { province: "${QUANG_TRI}" }, first: 100) { edges { node { positions { id state(asOf: $asOf) } } } } }`, { asOf });
    return Object.fromEntries(res.data.organizations.edges.flatMap((e: any) => e.node.positions.map((p: any) => [p.id, p.state])));
  }

  /** Waits for the list drawn for that date (null: today): it is redrawn a moment after the link changes. */
  const listFor = (page: Page, asOf: string | null) => page.waitForSelector(`#tab-leadership[data-as-of="${asOf ?? ''}"] tr.tenure`);

  /** The rows (of the list drawn for that date: see listFor) show the states the API gives on that date. */
  async function expectRowStates(page: Page, asOf: string | null): Promise<void> {
    expect(await rowStates(page)).toEqual(await apiStates(asOf));
  }

  const rowOf = (page: Page, person: string, title: string) =>
    page.locator('#tab-leadership tr.tenure', { has: page.locator(`.person-link[data-person-id="${person}"]`) })
      .filter({ has: page.locator('.tenure-title', { hasText: new RegExp(`^${title}$`) }) });

  it('shows the state on the date in the link, a date typed in the page\'s language, and never a bare "current"', async () => {
    const { page, context } = await d.open();
    await openAt(page, q({ province: QUANG_TRI, asOf: '2024-06-01' }));
    await listFor(page, '2024-06-01');
    await expectRowStates(page, '2024-06-01');
    const toan = rowOf(page, TOAN, 'Phó Chủ tịch');
    expect(await toan.getAttribute('data-state')).toBe('HOLDING');
    expect(await toan.locator('.badge').first().textContent()).toBe('Đang giữ chức');
    expect(await page.inputValue('#tab-leadership input[name="asOf"]')).toBe('01/06/2024');
    expect(await page.textContent('#tab-leadership thead th:nth-child(3)')).toContain('01/06/2024');
    await shot(page, '33-leadership-as-of-2024-06');

    // After the dismissal's date the same tenure has ended; the link carries the date.
    await page.fill('#tab-leadership input[name="asOf"]', '01/10/2024');
    await page.click('#tab-leadership .as-of button[type="submit"]');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('asOf') === '2024-10-01');
    await listFor(page, '2024-10-01');
    expect(await toan.getAttribute('data-state')).toBe('ENDED');
    await expectRowStates(page, '2024-10-01');

    // Before the appointment's declared start: not started yet.
    await openAt(page, q({ province: QUANG_TRI, asOf: '2024-02-01' }));
    await listFor(page, '2024-02-01');
    expect(await rowOf(page, HA, 'Giám đốc').getAttribute('data-state')).toBe('NOT_STARTED');
    expect(await rowOf(page, HA, 'Giám đốc').locator('.bound-start').getAttribute('data-basis')).toBe('DECLARED');

    // Today: whoever the news fell silent on is "no news since", with the date.
    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('asOf') === '2024-10-01');
    await listFor(page, '2024-10-01');
    await page.click('#tab-leadership .as-of-today');
    await page.waitForFunction(() => !new URLSearchParams(location.search).get('asOf'));
    await listFor(page, null);
    await expectRowStates(page, null);
    const ha = rowOf(page, HA, 'Giám đốc');
    expect(await ha.getAttribute('data-state')).toBe('UNKNOWN');
    expect(await ha.locator('.badge').first().textContent()).toBe('Không có tin từ 01/03/2024');
    const text = (await page.textContent('#tab-leadership'))!;
    expect(text).not.toContain('Đương nhiệm');
    expect(text).not.toContain('Không có\n');
    expect(await page.$$eval('.body-card', (cards) => cards.filter((c) => !c.querySelector('tr.tenure')).length)).toBe(0);
    await shot(page, '34-leadership-today');
    expect((page as any).problems).toEqual([]);
    await context.close();
  });

  it('flags two holders of a one-holder post on the chosen date as sources in conflict', async () => {
    const province = 'Hà Tĩnh';
    const asOf = '2024-07-01';
    const res = await d.api.gql(`query ($p: String!, $asOf: Date) { organizations(filter: { province: $p }, first: 100) { edges { node { positions { id conflict(asOf: $asOf) } } } } }`, { p: province, asOf });
    const expected = Object.fromEntries(res.data.organizations.edges.flatMap((e: any) => e.node.positions.map((x: any) => [x.id, x.conflict])));
    expect(Object.values(expected).filter(Boolean).length).toBeGreaterThanOrEqual(2);
    const { page, context } = await d.open();
    await openAt(page, q({ province, asOf }));
    await listFor(page, asOf);
    const shown = await page.$$eval('#tab-leadership tr.tenure', (rows) =>
      Object.fromEntries(rows.map((r) => [(r as HTMLElement).dataset.tenure!, !!r.querySelector('.badge.state-conflict')])));
    expect(shown).toEqual(expected);
    await page.locator('#tab-leadership .badge.state-conflict').first().scrollIntoViewIfNeeded();
    await shot(page, '36-leadership-conflict');
    await context.close();
  });

  it('a body\'s panel lists its holders by state today and links to the body\'s Atom feed', async () => {
    // Two chairs one after the other (the earlier one ended by his successor) and a deputy.
    const org = (await d.api.gql('{ organization(id: "org/quang-tri/uy-ban-nhan-dan-tinh") { id positions { id state } } }')).data.organization;
    const { page, context } = await d.open();
    await openAt(page, q({ body: org.id }));
    await panelShows(page, 'body', org.id);
    const rows = await page.$$eval('#panel li.tenure', (li) => li.map((x) => [(x as HTMLElement).dataset.tenure, (x as HTMLElement).dataset.state]));
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(org.positions.map((p: any) => [p.id, p.state])));
    const order = { HOLDING: 0, UNKNOWN: 1, NOT_STARTED: 2, ENDED: 3 } as Record<string, number>;
    const chairs = await page.$$eval('#panel li.tenure', (li) => li.filter((x) => x.querySelector('.position-title')?.textContent === 'Chủ tịch').map((x) => (x as HTMLElement).dataset.state!));
    expect(chairs.length).toBeGreaterThan(1);
    expect(chairs.map((x) => order[x])).toEqual(chairs.map((x) => order[x]).sort());
    const href = (await page.getAttribute('#panel a.feed-link', 'href'))!;
    expect(href).toBe(`/feeds/changes.atom?body=${encodeURIComponent(org.id)}`);
    const feed = await page.evaluate(async (url) => {
      const res = await fetch(url);
      const doc = new DOMParser().parseFromString(await res.text(), 'application/xml');
      return { status: res.status, broken: !!doc.querySelector('parsererror'), root: doc.documentElement.localName, entries: doc.getElementsByTagName('entry').length };
    }, href);
    expect(feed).toMatchObject({ status: 200, broken: false, root: 'feed' });
    expect(feed.entries).toBeGreaterThan(0);
    await context.close();
  });

  it('in English the states read in English and the date field takes the reader\'s order', async () => {
    const { page, context } = await d.open({ lang: 'en' });
    await page.goto(`${d.api.url}/`);
    await page.evaluate(() => localStorage.setItem('cadregraph.lang', 'en'));
    await openAt(page, q({ province: QUANG_TRI, asOf: '2024-10-01' }));
    await listFor(page, '2024-10-01');
    expect(await page.getAttribute('#tab-leadership input[name="asOf"]', 'placeholder')).toBe('mm/dd/yyyy');
    expect(await page.inputValue('#tab-leadership input[name="asOf"]')).toBe('10/01/2024');
    expect(await rowOf(page, TOAN, 'Phó Chủ tịch').locator('.badge').first().textContent()).toBe('Ended');
    expect(await rowOf(page, TOAN, 'Phó Chủ tịch').locator('.bound-end').textContent()).toBe('until Sep 20, 2024 (declared)');
    await context.close();
  });
});

// Last in this file: it ingests a new article into the graph the tests above read.
describe('the watchlist and the feed of a province', () => {
  const HUNG = 'person/quang-tri/nguyễn-văn-hùng';
  const ATOM = 'http://www.w3.org/2005/Atom';

  /** The page's own feed link, fetched and parsed by the browser's XML parser. */
  const pageFeed = (page: Page) => page.evaluate(async (ns) => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="alternate"][type="application/atom+xml"]')!;
    const res = await fetch(link.href);
    const doc = new DOMParser().parseFromString(await res.text(), 'application/xml');
    const child = (el: Element, name: string) => el.getElementsByTagNameNS(ns, name)[0];
    return {
      href: link.getAttribute('href'), type: res.headers.get('content-type'), broken: !!doc.querySelector('parsererror'),
      root: [doc.documentElement.localName, doc.documentElement.namespaceURI],
      entries: Array.from(doc.getElementsByTagNameNS(ns, 'entry')).map((e) => ({
        id: child(e, 'id').textContent, title: child(e, 'title').textContent, link: child(e, 'link').getAttribute('href'), content: child(e, 'content').textContent,
      })),
    };
  }, ATOM);

  const changes = (page: Page, item: string) => page.$$eval(`.watch-item[data-watch="${item}"] li.change`, (li) =>
    li.map((x) => `${(x as HTMLElement).dataset.change} ${(x as HTMLElement).dataset.id}`));

  it('follows a person and a province across reloads and lists what a new article changed; the feed lists it too', async () => {
    const [hung] = await career(HUNG);
    const { page, context } = await d.open();
    await openAt(page, q({ province: QUANG_TRI, person: HUNG }));
    await panelShows(page, 'person', HUNG);
    await page.click('#panel button.follow');
    await page.waitForSelector('#panel button.follow[aria-pressed="true"]');
    await page.click('#follow-province button.follow');
    await page.waitForSelector('#follow-province button.follow[aria-pressed="true"]');

    await page.reload();
    await networkDrawn(page);
    await panelShows(page, 'person', HUNG);
    expect(await page.getAttribute('#panel button.follow', 'aria-pressed')).toBe('true');
    await page.click('[data-tab="watch"]');
    await page.waitForSelector('.watch-item .no-changes');
    expect(await page.$$eval('.watch-item', (items) => items.map((i) => (i as HTMLElement).dataset.watch))).toEqual([`person:${HUNG}`, `province:${QUANG_TRI}`]);
    expect(await page.$$('li.change')).toHaveLength(0);
    const feedBefore = await pageFeed(page);
    expect(feedBefore).toMatchObject({ href: `/feeds/changes.atom?province=${encodeURIComponent(QUANG_TRI).replace(/%20/g, '+')}`, type: 'application/atom+xml; charset=utf-8', broken: false, root: ['feed', ATOM] });
    expect(feedBefore.entries.length).toBeGreaterThan(5);

    await ingestNewArticle(d.api.store);
    await page.reload();
    await page.waitForSelector('.watch-item li.change');
    // Hùng's post has a successor now; the province has a new director, a new deputy's title, a new meeting.
    expect(await changes(page, `person:${HUNG}`)).toEqual([`endedTitle ${hung.id}`]);
    const sonTitles = (await career(NEW_ARTICLE.personId)).map((x) => `newTitle ${x.id}`);
    const meeting = (await d.api.gql(`{ person(id: "${NEW_ARTICLE.personId}") { id } meetings(filter: { province: "${QUANG_TRI}", from: "2026-11-12" }, first: 5) { edges { node { id } } } }`)).data.meetings.edges.map((e: any) => `newMeeting ${e.node.id}`);
    expect((await changes(page, `province:${QUANG_TRI}`)).sort()).toEqual([`endedTitle ${hung.id}`, ...sonTitles, ...meeting].sort());
    expect(await page.textContent('#watch-count')).toBe(` (${2 + sonTitles.length + meeting.length})`);
    expect(await page.textContent(`.watch-item[data-watch="province:${QUANG_TRI}"]`)).toContain(NEW_ARTICLE.person);
    await shot(page, '35-watchlist-changes');

    const feedAfter = await pageFeed(page);
    expect(feedAfter.broken).toBe(false);
    const fresh = feedAfter.entries.filter((e) => !feedBefore.entries.some((b) => b.id === e.id));
    expect(fresh.length).toBeGreaterThanOrEqual(3);
    expect(fresh.some((e) => e.title!.includes(NEW_ARTICLE.person) && new URL(e.link!).searchParams.get('person') === NEW_ARTICLE.personId)).toBe(true);
    expect(fresh.every((e) => e.content!.includes(NEW_ARTICLE.url))).toBe(true);

    // Seen: nothing listed any more, after a reload too; unfollowing is kept as well.
    await page.click('#tab-watch .mark-seen');
    await page.waitForSelector('.watch-item .no-changes');
    await page.reload();
    await page.waitForSelector('.watch-item');
    expect(await page.$$('li.change')).toHaveLength(0);
    await page.click(`.watch-item[data-watch="person:${HUNG}"] .unfollow`);
    await page.waitForFunction(() => document.querySelectorAll('.watch-item').length === 1);
    await page.reload();
    await page.waitForSelector('.watch-item');
    expect(await page.$$eval('.watch-item', (items) => items.map((i) => (i as HTMLElement).dataset.watch))).toEqual([`province:${QUANG_TRI}`]);
    expect((page as any).problems).toEqual([]);
    await context.close();
  });
});
