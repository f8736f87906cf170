// The Atom feed of changes (/feeds/changes.atom), from the real server over a real store: read
// with an XML parser and checked against what Atom requires, and again after a new article.
import { DOMParser } from '@xmldom/xmldom';
import { join } from 'path';
import { ROOT } from '../helpers/cli';
import { startTestApi, type TestApi } from '../api/test-api';
import { ingestNewArticle, NEW_ARTICLE } from '../dashboard/new-article';

const ATOM = 'http://www.w3.org/2005/Atom';
const CAREERS = join(ROOT, 'tests', 'fixtures', 'careers');

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ articles: [CAREERS] });
}, 60_000);
afterAll(() => api?.close());

interface Entry {
  id: string;
  title: string;
  updated: string;
  link: string;
  content: string;
  category: string;
}

/** Parses a feed, failing on any XML error, and reads it as Atom (RFC 4287) says it must be. */
function parseAtom(xml: string): { doc: Document; title: string; updated: string; self: string; alternate: string; entries: Entry[] } {
  const problems: string[] = [];
  const note = (m: string) => problems.push(m);
  const doc = new DOMParser({ errorHandler: { warning: note, error: note, fatalError: note } }).parseFromString(xml, 'text/xml') as unknown as Document;
  expect(problems).toEqual([]);
  const feed = doc.documentElement!;
  expect([feed.localName, feed.namespaceURI]).toEqual(['feed', ATOM]);
  const kids = (el: Element, name: string) => Array.from(el.childNodes as NodeListOf<Element>).filter((n) => n.nodeType === 1 && n.localName === name && n.namespaceURI === ATOM);
  const one = (el: Element, name: string) => {
    const found = kids(el, name);
    expect([name, found.length]).toEqual([name, 1]);
    return found[0];
  };
  const text = (el: Element, name: string) => one(el, name).textContent ?? '';
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  const linkOf = (el: Element, rel: string) => kids(el, 'link').find((l) => (l.getAttribute('rel') || 'alternate') === rel)?.getAttribute('href') ?? '';
  const entries = kids(feed, 'entry').map((e) => {
    const entry = { id: text(e, 'id'), title: text(e, 'title'), updated: text(e, 'updated'), link: linkOf(e, 'alternate'), content: text(e, 'content'), category: one(e, 'category').getAttribute('term') ?? '' };
    expect(entry.updated).toMatch(rfc3339);
    expect(entry.link).toMatch(/^http:\/\/[^/]+\/\?(person|meeting)=/);
    expect(entry.id).toMatch(/^[a-z][a-z0-9+.-]*:/);
    return entry;
  });
  // An author for the feed, or one in every entry.
  expect(kids(feed, 'author').length + (entries.length && kids(feed, 'entry').every((e) => kids(e, 'author').length) ? 1 : 0)).toBeGreaterThan(0);
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  const updated = text(feed, 'updated');
  expect(updated).toMatch(rfc3339);
  text(feed, 'id');
  return { doc, title: text(feed, 'title'), updated, self: linkOf(feed, 'self'), alternate: linkOf(feed, 'alternate'), entries };
}

const feed = (query: string, headers: Record<string, string> = {}) => fetch(`${api.url}/feeds/changes.atom?${query}`, { headers });

describe('the Atom feed of changes', () => {
  it('lists the titles, decisions and meetings of a province, newest article first, each linking to its view and citing its article', async () => {
    const res = await feed('province=quang+tri');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const atom = parseAtom(await res.text());
    expect(atom.title).toBe('cadregraph: thay đổi ở Quảng Trị');
    expect(atom.self).toBe(`${api.url}/feeds/changes.atom?province=quang+tri`);
    expect(atom.alternate).toBe(`${api.url}/?province=Qu%E1%BA%A3ng+Tr%E1%BB%8B`);
    const dates = atom.entries.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(atom.updated).toBe(dates[0]);

    // The dismissal of 20/9/2024: a decision, linking to the person, quoting the sentence, citing the article.
    const dismissal = atom.entries.find((e) => e.category === 'event' && e.title.includes('Phan Quốc Toàn'))!;
    expect(dismissal.title).toBe('Miễn nhiệm: Phan Quốc Toàn, Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị (2024-09-20)');
    expect(new URL(dismissal.link).searchParams.get('person')).toBe('person/quang-tri/phan-quốc-toàn');
    expect(dismissal.updated).toBe('2024-09-20T00:00:00.000Z');
    expect(dismissal.content).toContain('miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh đối với ông Phan Quốc Toàn');
    expect(dismissal.content).toContain('<a href="https://example.vn/quang-tri/2024-09-20-ky-hop">Kỳ họp chuyên đề HĐND tỉnh Quảng Trị</a>');
    // Every title held and every meeting of the province is there once.
    const tenures = (await api.gql('{ organizations(filter: { province: "Quảng Trị" }, first: 100) { edges { node { positions { id } } } } }')).data.organizations.edges.flatMap((e: any) => e.node.positions);
    expect(atom.entries.filter((e) => e.category === 'tenure')).toHaveLength(tenures.length);
    const meetings = (await api.gql('{ meetings(filter: { province: "Quảng Trị" }, first: 100) { totalCount } }')).data.meetings.totalCount;
    expect(atom.entries.filter((e) => e.category === 'meeting')).toHaveLength(meetings);
    expect(atom.entries.every((e) => !e.content.includes('Hà Tĩnh kiểm tra') || e.title.includes('Phan Quốc Toàn'))).toBe(true);
  });

  it('lists a change after a new article is ingested, first', async () => {
    const before = parseAtom(await (await feed('province=Quảng Trị')).text());
    expect(before.entries.some((e) => e.title.includes(NEW_ARTICLE.person))).toBe(false);
    await ingestNewArticle(api.store);
    const after = parseAtom(await (await feed('province=Quảng Trị')).text());
    const fresh = after.entries.filter((e) => !before.entries.some((b) => b.id === e.id));
    expect(fresh.map((e) => e.category).sort()).toEqual(['event', 'meeting', 'tenure', 'tenure']);
    expect(after.entries.slice(0, fresh.length).map((e) => e.id).sort()).toEqual(fresh.map((e) => e.id).sort());
    const appointed = fresh.find((e) => e.category === 'event')!;
    expect(appointed.title).toBe(`Bổ nhiệm: ${NEW_ARTICLE.person}, Giám đốc Sở Tài chính Quảng Trị (2026-11-15)`);
    expect(new URL(appointed.link).searchParams.get('person')).toBe(NEW_ARTICLE.personId);
    expect(appointed.content).toContain(`<a href="${NEW_ARTICLE.url}">${NEW_ARTICLE.title}</a>`);
    expect(after.updated).toBe('2026-11-12T00:00:00.000Z');
  });

  it('a body has its own feed; English words on request; a limit on entries', async () => {
    const org = (await api.gql('{ organizations(filter: { province: "Quảng Trị", name: "Sở Nội vụ" }, first: 1) { edges { node { id name positions { id } } } } }')).data.organizations.edges[0].node;
    const atom = parseAtom(await (await feed(`body=${encodeURIComponent(org.id)}&lang=en`)).text());
    expect(atom.title).toBe(`cadregraph: changes in ${org.name}`);
    expect(atom.entries.filter((e) => e.category === 'tenure')).toHaveLength(org.positions.length);
    expect(atom.entries.find((e) => e.category === 'event')?.title).toMatch(/^Appointed: Trần Thị Thu Hà, Giám đốc Sở Nội vụ Quảng Trị/);
    expect(atom.entries.every((e) => !e.title.includes('Phan Quốc Toàn'))).toBe(true);
    expect(parseAtom(await (await feed('province=Quảng Trị&limit=2')).text()).entries).toHaveLength(2);
  });

  it('the reading above is not blind: it fails on broken XML and on a feed Atom would refuse', () => {
    expect(() => parseAtom('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry></feed>')).toThrow();
    expect(() => parseAtom('<feed xmlns="http://www.w3.org/2005/Atom"><id>x</id><title>x</title><updated>2024-01-01</updated></feed>')).toThrow();
    expect(() => parseAtom('<rss><channel/></rss>')).toThrow();
  });

  it('refuses in one line what it cannot answer', async () => {
    const answers = await Promise.all(['', 'province=Atlantis', 'body=org/nowhere'].map(async (q) => {
      const res = await feed(q);
      return [res.status, (await res.json()).errors[0].message];
    }));
    expect(answers).toEqual([
      [400, 'say which changes: ?province=<name> or ?body=<organization id>'],
      [404, 'no province "Atlantis" in the graph'],
      [404, 'no body with id "org/nowhere" in the graph'],
    ]);
  });

  it('needs a key when reads do', async () => {
    const guarded = await startTestApi({ articles: [join(CAREERS, '04-quang-tri-dismissal.txt')], readKeys: ['reader-key'] });
    try {
      const url = `${guarded.url}/feeds/changes.atom?province=Quảng Trị`;
      expect((await fetch(url)).status).toBe(401);
      const res = await fetch(url, { headers: { authorization: 'Bearer reader-key' } });
      expect(res.status).toBe(200);
      expect(parseAtom(await res.text()).entries.length).toBeGreaterThan(0);
    } finally {
      await guarded.close();
    }
  });
});
