// The eight questions of issue 13, each asked in ONE GraphQL request through the real server, of
// a graph read from tests/fixtures/research (Quảng Ninh and Lạng Sơn, Nov 2023 to Mar 2024, two
// outlets, one meeting without a year) and tests/fixtures/careers (a transfer between provinces).
import { join } from 'path';
import { ROOT } from '../helpers/cli';
import { startTestApi, WRITE_KEY, type TestApi } from './test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ articles: [join(ROOT, 'tests', 'fixtures', 'research'), join(ROOT, 'tests', 'fixtures', 'careers')] });
}, 60_000);
afterAll(() => api?.close());

const AN = 'person/quang-ninh/đỗ-văn-an';
const BINH = 'person/quang-ninh/hoàng-thị-bình';

async function ask(query: string, variables?: Record<string, unknown>, key?: string) {
  const r = await api.gql(query, variables, key);
  expect(r.errors).toBeUndefined();
  return r.data;
}

describe('the eight questions, one request each', () => {
  it('1. who chaired the most meetings, per month', async () => {
    const { meetingCounts } = await ask(`{ meetingCounts(filter: { province: "quang ninh" }, by: [MONTH, CHAIR]) { keys count chair { name } } }`);
    expect(meetingCounts).toEqual([
      { keys: ['2024-01', AN], count: 2, chair: { name: 'Đỗ Văn An' } },
      { keys: ['2023-11', AN], count: 1, chair: { name: 'Đỗ Văn An' } },
      { keys: ['2024-02', BINH], count: 1, chair: { name: 'Hoàng Thị Bình' } },
      // The meeting of "Ngày 30/6" in an article without a year: no month to count it in.
      { keys: [null, BINH], count: 1, chair: { name: 'Hoàng Thị Bình' } },
    ]);
  });

  it("2. a cadre's career across provinces (once a reviewer has joined the two records)", async () => {
    const merge = await api.gql(`mutation { reviewMerge(a: "person/ha-tinh/đặng-quốc-vinh", b: "person/thai-binh/đặng-quốc-vinh", decision: SAME) { decision } }`, {}, WRITE_KEY);
    expect(merge.data.reviewMerge.decision).toBe('SAME');
    // Either id answers: the one merged away is an alias.
    const { person } = await ask(`{ person(id: "person/thai-binh/đặng-quốc-vinh") { id career { title organization { name } start startBasis } } }`);
    expect(person.id).toBe('person/ha-tinh/đặng-quốc-vinh');
    const posts = person.career.map((t: any) => `${t.title} | ${t.organization.name}`);
    expect(posts).toContain('Chủ tịch | Ủy ban nhân dân tỉnh Hà Tĩnh');
    expect(posts).toContain('Bí thư | Tỉnh ủy Thái Bình');
    expect(posts.indexOf('Chủ tịch | Ủy ban nhân dân tỉnh Hà Tĩnh')).toBeLessThan(posts.indexOf('Bí thư | Tỉnh ủy Thái Bình'));
  });

  it('3. which directives were discussed in a province in a year, by the number of meetings', async () => {
    const { meetingCounts } = await ask(`{ meetingCounts(filter: { province: "Quảng Ninh", year: 2024 }, by: [DIRECTIVE]) { count directive { number kind } } }`);
    expect(meetingCounts).toEqual([
      { count: 3, directive: { number: '05-NQ/TU', kind: 'Nghị quyết' } },
      { count: 1, directive: { number: '12-KH/TU', kind: 'Kế hoạch' } },
    ]);
  });

  it('4. the meetings a person chaired, the person given by name', async () => {
    const { meetings } = await ask(`{ meetings(filter: { chairName: "do van an" }, orderBy: { field: DATE, direction: ASC }) { totalCount edges { node { date locality { name } } } } }`);
    expect(meetings.totalCount).toBe(3);
    expect(meetings.edges.map((e: any) => e.node.date)).toEqual(['2023-11-14', '2024-01-05', '2024-01-19']);
    // Chaired or attended: the Lạng Sơn conference too.
    const { meetings: present } = await ask(`{ meetings(filter: { attendeeName: "Đỗ Văn An" }) { totalCount edges { node { date } } } }`);
    expect(present.totalCount).toBe(4);
    expect(present.edges[0].node.date).toBe('2024-03-12');
  });

  it('5. who held a title in a province on a date, since when and according to which article', async () => {
    const { holders } = await ask(`{ holders(title: "pho bi thu thuong truc", province: "quang ninh", asOf: "2024-02-01") { person { name } start startBasis sources { url } } }`);
    expect(holders.map((h: any) => h.person.name)).toEqual(['Hoàng Thị Bình']);
    expect(holders[0]).toMatchObject({ start: '2023-11-14', startBasis: 'FIRST_SEEN' });
  });

  it('6. the leadership network of two neighbouring provinces, each link with the years it was active', async () => {
    const { network } = await ask(`{ network(filter: { provinces: ["Quảng Ninh", "lang son"], from: "2024-01-01" }) {
      nodes { id kind } edges { source target relation weight years firstSeen lastSeen } } }`);
    const met = (a: string, b: string) => network.edges.find((e: any) => e.relation === 'MET' && [e.source, e.target].sort().join() === [a, b].sort().join());
    expect(met(AN, 'person/lang-son/lương-văn-đức')).toMatchObject({ weight: 1, years: [2024], firstSeen: '2024-03-12', lastSeen: '2024-03-12' });
    expect(met(AN, 'person/quang-ninh/trịnh-văn-cường')).toMatchObject({ weight: 2, years: [2024], firstSeen: '2024-01-05', lastSeen: '2024-01-19' });
    // From 2024 on: the November 2023 meeting is not in it.
    expect(network.nodes.some((n: any) => n.kind === 'MEETING' && n.id.includes('2023-11-14'))).toBe(false);
    const holds = network.edges.find((e: any) => e.relation === 'HOLDS' && e.source === AN);
    expect(holds.years).toEqual([2023, 2024]);
  });

  it('7. how often an official is in the news, per month and per outlet', async () => {
    const { person } = await ask(`{ person(id: "${AN}") { byMonth: mentionCounts(by: MONTH, outlet: true) { period outlet count } byYear: mentionCounts(by: YEAR) { period count } } }`);
    expect(person.byMonth).toEqual([
      { period: '2023-11', outlet: 'Báo Quảng Ninh', count: 1 },
      { period: '2024-01', outlet: 'Báo Quảng Ninh', count: 1 },
      { period: '2024-01', outlet: 'Cổng thông tin điện tử tỉnh Quảng Ninh', count: 1 },
      { period: '2024-03', outlet: 'Báo Lạng Sơn', count: 1 },
    ]);
    expect(person.byYear).toEqual([{ period: '2023', count: 1 }, { period: '2024', count: 3 }]);
  });

  it("8. the meetings of a year where a deputy chairman took part, and the province's resolutions by kind and issuer", async () => {
    const data = await ask(`{
      meetings(filter: { province: "Quảng Ninh", year: 2024, participantTitle: "pho chu tich" }) { totalCount edges { node { date } } }
      directives(filter: { province: "quang ninh", kind: "nghi quyet", issuer: "tinh uy", fromYear: 2023, toYear: 2024 }, orderBy: { field: NUMBER }) { totalCount edges { node { number issuer { name } } } }
    }`);
    expect(data.meetings.edges.map((e: any) => e.node.date)).toEqual(['2024-02-20', '2024-01-19', '2024-01-05']);
    // The directives carry no date of their own: a year range leaves them out.
    expect(data.directives.totalCount).toBe(0);
    const { directives } = await ask(`{ directives(filter: { province: "quang ninh", kind: "NQ", issuer: "Tỉnh ủy" }, orderBy: { field: NUMBER }) { totalCount edges { node { number issuer { name } } } } }`);
    expect(directives.edges.map((e: any) => [e.node.number, e.node.issuer.name])).toEqual([['03-NQ/TU', 'Tỉnh ủy Quảng Ninh'], ['05-NQ/TU', 'Tỉnh ủy Quảng Ninh']]);
  });
});

describe('counts add up, partial dates are reachable, and names that name nothing say so', () => {
  it('meetings counted by month or year add up to totalCount', async () => {
    const data = await ask(`{ meetings(filter: { province: "quang ninh" }) { totalCount } m: meetingCounts(filter: { province: "quang ninh" }, by: [MONTH]) { count } y: meetingCounts(filter: { province: "quang ninh" }, by: [YEAR]) { keys count } }`);
    const sum = (rows: Array<{ count: number }>) => rows.reduce((a, r) => a + r.count, 0);
    expect(sum(data.m)).toBe(data.meetings.totalCount);
    expect(sum(data.y)).toBe(data.meetings.totalCount);
    expect(data.y).toEqual([{ keys: ['2024'], count: 3 }, { keys: ['2023'], count: 1 }, { keys: [null], count: 1 }]);
  });

  it('a meeting whose date has no year is left out of a year, and back with includePartialDates', async () => {
    const dates = async (partial: boolean) =>
      (await ask(`query ($p: Boolean) { meetings(filter: { province: "quang ninh", year: 2024, includePartialDates: $p }) { edges { node { date } } } }`, { p: partial })).meetings.edges.map((e: any) => e.node.date);
    expect(await dates(false)).toEqual(['2024-02-20', '2024-01-19', '2024-01-05']);
    expect(await dates(true)).toEqual(['2024-02-20', '2024-01-19', '2024-01-05', '--06-30']);
    const counted = await ask(`{ meetingCounts(filter: { province: "quang ninh", from: "2024-01-01", includePartialDates: true }, by: [KIND]) { keys count } }`);
    expect(counted.meetingCounts.reduce((a: number, r: any) => a + r.count, 0)).toBe(4);
  });

  it('a meeting kind is read from its name or its words', async () => {
    const count = async (kind: string) => (await ask(`query ($k: String) { meetings(filter: { province: "quang ninh", kind: $k }) { totalCount } }`, { k: kind })).meetings.totalCount;
    expect(await count('regular-review')).toBe(2);
    expect(await count('REGULAR_REVIEW')).toBe(2);
    expect(await count('giao ban')).toBe(2);
    expect(await count('Làm việc với')).toBe(1);
  });

  it.each([
    ['a chair nobody is', `{ meetings(filter: { chairName: "do van ann" }) { totalCount } }`, /^chairName: nobody named "do van ann" in the graph: did you mean "Đỗ Văn An"/],
    ['a chair nobody is, counted', `{ meetingCounts(filter: { chairName: "hoang thi binhh" }, by: [YEAR]) { count } }`, /^chairName: nobody named "hoang thi binhh" in the graph: did you mean "Hoàng Thị Bình"/],
    ['an unknown title', `{ meetings(filter: { participantTitle: "pho chu tihc" }) { totalCount } }`, /^unknown participantTitle "pho chu tihc": did you mean "Phó Chủ tịch"/],
    ['an issuer that is no body', `{ directives(filter: { issuer: "Tinh uyy" }) { totalCount } }`, /^no organization named "Tinh uyy" in the graph/],
    ['an unknown province in a list', `{ network(filter: { provinces: ["Quảng Ninh", "Quang Nin"] }) { truncated } }`, /^unknown province "Quang Nin": did you mean "Quảng Ninh"/],
    ['a network without a province', `{ network(filter: {}) { truncated } }`, /needs a province or provinces/],
    ['no dimension', `{ meetingCounts(filter: {}, by: []) { count } }`, /by must name 1 to 4 dimensions/],
    ['a year range backwards', `{ directives(filter: { fromYear: 2025, toYear: 2020 }) { totalCount } }`, /fromYear \(2025\) is after toYear \(2020\)/],
    ['a year that is no year', `{ meetings(filter: { year: 24 }) { totalCount } }`, /year must be a year of four digits/],
    ['an unknown meeting kind', `{ meetings(filter: { kind: "regular reveiw" }) { totalCount } }`, /^unknown meeting kind "regular reveiw": did you mean "regular-review"/],
  ])('%s is BAD_USER_INPUT with the nearest names', async (_name, query, message) => {
    const r = await api.gql(query);
    expect(r.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('the single-province network argument still works', async () => {
    const one = await ask(`{ network(filter: { province: "Lạng Sơn" }) { nodes { id } } }`);
    expect(one.network.nodes.map((n: any) => n.id)).toContain('person/lang-son/lương-văn-đức');
    expect(one.network.nodes.map((n: any) => n.id)).not.toContain('person/quang-ninh/trịnh-văn-cường');
  });
});
