// Who held which title, when (issue 12), asked over HTTP of a graph read from tests/fixtures/careers:
// one-holder posts over the years, an appointment "kể từ ngày", a dismissal, a "nguyên" title, a
// transfer between provinces, and two names one letter apart.
import { join } from 'path';
import { ROOT } from '../helpers/cli';
import { startTestApi, type TestApi } from './test-api';

const REVIEWER_KEY = 'lan=careers-key';
const KEY = 'careers-key';
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ articles: [join(ROOT, 'tests', 'fixtures', 'careers')], writeKeys: [REVIEWER_KEY] });
}, 60_000);
afterAll(() => api?.close());

const HOLDERS = `query ($title: String!, $org: String, $asOf: Date, $unknown: Boolean) {
  holders(title: $title, organization: $org, province: "Quảng Trị", asOf: $asOf, includeUnknown: $unknown) {
    person { name } start startBasis end endBasis state conflict firstSeen lastSeen
  }
}`;
const chairOn = async (asOf: string, unknown = false) =>
  (await api.gql(HOLDERS, { title: 'Chủ tịch', org: 'Ủy ban nhân dân tỉnh', asOf, unknown })).data.holders;

describe('one-holder posts', () => {
  it('have one holder on each date, the earlier one ended by the successor', async () => {
    expect((await chairOn('2022-07-01')).map((h: any) => [h.person.name, h.state])).toEqual([['Lê Minh Khải', 'HOLDING']]);
    const later = await chairOn('2024-05-01');
    expect(later.map((h: any) => [h.person.name, h.state, h.conflict])).toEqual([['Võ Thanh Bình', 'HOLDING', false]]);
    expect(later[0]).toMatchObject({ start: '2024-02-28', startBasis: 'FIRST_SEEN' });
  });

  it('say UNKNOWN, not HOLDING, when the sources fall silent, and only when asked', async () => {
    // Last cited in June 2022; by September 2023 no article within twelve months says he still holds it.
    expect(await chairOn('2023-09-01')).toEqual([]);
    const unknown = await chairOn('2023-09-01', true);
    expect(unknown.map((h: any) => [h.person.name, h.state])).toEqual([['Lê Minh Khải', 'UNKNOWN']]);
    expect(unknown[0]).toMatchObject({ start: '2022-06-14', startBasis: 'FIRST_SEEN', end: '2024-02-28', endBasis: 'SUCCESSOR_SEEN', lastSeen: '2022-06-14' });
  });
});

describe('declared bounds', () => {
  it('an appointment "kể từ ngày" starts the tenure on that day', async () => {
    const [h] = (await api.gql(HOLDERS, { title: 'Giám đốc', org: 'Sở Nội vụ', asOf: '2024-06-01' })).data.holders;
    expect(h).toMatchObject({ person: { name: 'Trần Thị Thu Hà' }, start: '2024-03-01', startBasis: 'DECLARED', state: 'HOLDING' });
    const before = await api.gql(HOLDERS, { title: 'Giám đốc', org: 'Sở Nội vụ', asOf: '2024-02-29', unknown: true });
    expect(before.data.holders).toEqual([]);
  });

  it('a dismissal ends it, with the event listed on the person', async () => {
    const q = `{ people(filter: { name: "Phan Quốc Toàn" }) { edges { node { id
      positions { title state(asOf: "2024-10-01") end endBasis events { kind date } }
      events { kind title date organization { name } } } } } }`;
    const people = (await api.gql(q)).data.people.edges.map((e: any) => e.node);
    expect(people).toHaveLength(1);
    const [toan] = people;
    const vice = toan.positions.find((p: any) => p.title === 'Phó Chủ tịch');
    expect(vice).toMatchObject({ state: 'ENDED', end: '2024-09-20', endBasis: 'DECLARED', events: [{ kind: 'DISMISSED', date: '2024-09-20' }] });
    expect(toan.events).toEqual([{ kind: 'DISMISSED', title: 'Phó Chủ tịch', date: '2024-09-20', organization: { name: 'Ủy ban nhân dân tỉnh Quảng Trị' } }]);
    const earlier = await api.gql(`query ($id: ID!) { person(id: $id) { positions { title state(asOf: "2024-01-01") } } }`, { id: toan.id });
    expect(earlier.data.person.positions.find((p: any) => p.title === 'Phó Chủ tịch').state).toBe('HOLDING');
  });

  it('a "nguyên" title ends a tenure at the latest on that article', async () => {
    const q = `{ holders(title: "Bí thư Tỉnh ủy", province: "Thái Bình", asOf: "2025-10-01", includeUnknown: true) { person { name } state } }`;
    expect((await api.gql(q)).data.holders.map((h: any) => h.person.name)).not.toContain('Ngô Đông Hải');
    const q2 = `{ people(filter: { name: "Ngô Đông Hải" }) { edges { node { positions { title end endBasis state(asOf: "2025-10-01") } } } } }`;
    const [hai] = (await api.gql(q2)).data.people.edges.map((e: any) => e.node);
    expect(hai.positions).toEqual([{ title: 'Bí thư', end: '2025-09-05', endBasis: 'FORMER_TITLE', state: 'ENDED' }]);
  });
});

describe('identity', () => {
  it('two names one letter apart in one article are two people', async () => {
    const { data } = await api.gql(`{ search(text: "nguyen van hung", first: 10) { label person { id positions { organization { name } } } } }`);
    const people = data.search.filter((h: any) => h.person);
    expect(people.map((h: any) => h.label).sort()).toEqual(['Nguyễn Văn Hùng', 'Nguyễn Văn Hưng']);
    expect(new Set(people.map((h: any) => h.person.id)).size).toBe(2);
    const hung = people.find((h: any) => h.label === 'Nguyễn Văn Hùng');
    expect(hung.person.id).toBe('person/quang-tri/nguyễn-văn-hùng');
    expect(hung.person.positions.map((p: any) => p.organization.name)).toEqual(['Sở Tài chính Quảng Trị']);
  });

  it('merging names that differ in letters needs force', async () => {
    const refused = await api.gql(`mutation { mergePeople(keep: "person/quang-tri/nguyễn-văn-hùng", drop: "person/quang-tri/nguyễn-văn-hưng") { id } }`, {}, KEY);
    expect(refused.errors?.[0].message).toMatch(/differ in letters/);
    expect((await api.gql(`{ person(id: "person/quang-tri/nguyễn-văn-hưng") { id } }`)).data.person).toEqual({ id: 'person/quang-tri/nguyễn-văn-hưng' });
  });
});

describe('careers across provinces', () => {
  const CANDIDATES = `{ mergeCandidates { totalCount edges { node { a { id } b { id } score reasons } } } }`;

  it('a transferred official is a merge candidate; SAME joins the careers; unmerge restores both', async () => {
    const first = (await api.gql(CANDIDATES)).data.mergeCandidates;
    const pair = first.edges.map((e: any) => e.node).find((c: any) => c.a.id.endsWith('đặng-quốc-vinh'));
    expect(pair).toBeDefined();
    expect([pair.a.id, pair.b.id].sort()).toEqual(['person/ha-tinh/đặng-quốc-vinh', 'person/thai-binh/đặng-quốc-vinh']);
    expect(pair.reasons.join(' ')).toMatch(/transfer event/);

    const review = `mutation ($a: ID!, $b: ID!, $d: MergeDecision!) { reviewMerge(a: $a, b: $b, decision: $d, note: "same man, moved in 2025") { decision reviewer note person { id career { title organization { name } start startBasis } } } }`;
    const refused = await api.gql(review, { a: 'person/ha-tinh/đặng-quốc-vinh', b: 'person/thai-binh/đặng-quốc-vinh', d: 'SAME' });
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const same = (await api.gql(review, { a: 'person/ha-tinh/đặng-quốc-vinh', b: 'person/thai-binh/đặng-quốc-vinh', d: 'SAME' }, KEY)).data.reviewMerge;
    expect(same).toMatchObject({ decision: 'SAME', reviewer: 'lan', note: 'same man, moved in 2025', person: { id: 'person/ha-tinh/đặng-quốc-vinh' } });
    const career = same.person.career.map((t: any) => `${t.title} | ${t.organization.name}`);
    expect(career).toContain('Chủ tịch | Ủy ban nhân dân tỉnh Hà Tĩnh');
    expect(career).toContain('Bí thư | Tỉnh ủy Thái Bình');
    expect(career.indexOf('Chủ tịch | Ủy ban nhân dân tỉnh Hà Tĩnh')).toBeLessThan(career.indexOf('Bí thư | Tỉnh ủy Thái Bình'));
    const after = (await api.gql(CANDIDATES)).data.mergeCandidates;
    expect(after.edges.map((e: any) => e.node.a.id)).not.toContain('person/ha-tinh/đặng-quốc-vinh');

    const undone = (await api.gql(`mutation { unmergePeople(id: "person/thai-binh/đặng-quốc-vinh") { id positions { title organization { name } } } }`, {}, KEY)).data.unmergePeople;
    expect(undone.map((p: any) => p.id)).toEqual(['person/ha-tinh/đặng-quốc-vinh', 'person/thai-binh/đặng-quốc-vinh']);
    expect(undone[1].positions.map((p: any) => `${p.title} | ${p.organization.name}`)).toEqual(['Bí thư | Tỉnh ủy Thái Bình']);
    expect(undone[0].positions.map((p: any) => p.organization.name)).toContain('Ủy ban nhân dân tỉnh Hà Tĩnh');
  });

  it('a pair reviewed DIFFERENT is not suggested again', async () => {
    const pairs = (await api.gql(CANDIDATES)).data.mergeCandidates.edges.map((e: any) => e.node);
    expect(pairs.length).toBeGreaterThan(0);
    const { a, b } = pairs[0];
    const r = await api.gql(`mutation ($a: ID!, $b: ID!) { reviewMerge(a: $a, b: $b, decision: DIFFERENT) { decision person { id } } }`, { a: a.id, b: b.id }, KEY);
    expect(r.data.reviewMerge).toEqual({ decision: 'DIFFERENT', person: null });
    const again = (await api.gql(CANDIDATES)).data.mergeCandidates.edges.map((e: any) => `${e.node.a.id} ${e.node.b.id}`);
    expect(again).not.toContain(`${a.id} ${b.id}`);
  });
});
