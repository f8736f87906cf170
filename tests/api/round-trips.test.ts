// DataLoaders batch each level of a query: listing meetings with their chairs and the chairs'
// titles costs the same number of store calls for 5 meetings as for all of them.
import type { GraphStore } from '../../src/store/graph-store';
import { startTestApi, type TestApi } from './test-api';

let calls = 0;
let tenureReads: unknown[] = [];
let holdersReads: unknown[] = [];
let participationReads: unknown[] = [];
const counting = (store: GraphStore): GraphStore =>
  new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls++;
        if (prop === 'tenuresOfPeople' || prop === 'tenuresOfOrganizations') tenureReads.push({ [prop]: args[1] ?? {} });
        if (prop === 'holders') holdersReads.push(args[0]);
        if (prop === 'participationsOfMeetings' || prop === 'participationsOfPeople') participationReads.push({ [prop]: args[1] ?? {} });
        return value.apply(target, args);
      };
    },
  });

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ wrap: counting });
}, 60_000);
afterAll(() => api?.close());

const QUERY = `query ($n: Int) { meetings(first: $n) { totalCount edges { node { title chairs { person { name positions { title organization { name } } } } attendees { person { name } } } } } }`;

async function callsFor(n: number) {
  calls = 0;
  const r = await api.gql(QUERY, { n });
  expect(r.errors).toBeUndefined();
  return { calls, meetings: r.data.meetings.edges.length, total: r.data.meetings.totalCount as number };
}

it('store calls do not grow with the number of meetings', async () => {
  const few = await callsFor(5);
  // "All" is every meeting the fixtures hold, within one page.
  expect(few.total).toBeLessThanOrEqual(100);
  const many = await callsFor(few.total);
  expect(many.meetings).toBe(few.total);
  expect(many.meetings).toBeGreaterThan(10);
  expect(many.calls).toBe(few.calls);
  expect(many.calls).toBeLessThanOrEqual(8);
});

it("titles are read without their sources unless the query asks for them (directly or in a fragment)", async () => {
  const titles = (r: any) => r.data.person.positions.map((p: any) => `${p.title} | ${p.organization.name}`).sort();
  const person = 'person/thanh-hoa/phạm-thị-thanh-thủy';
  tenureReads = [];
  const lean = await api.gql(`query ($id: ID!) { person(id: $id) { positions { title organization { name } } } }`, { id: person });
  expect(lean.errors).toBeUndefined();
  expect(tenureReads).toEqual([{ tenuresOfPeople: { sources: false, citations: false } }]);
  tenureReads = [];
  const full = await api.gql(`query ($id: ID!) { person(id: $id) { positions { ...T } } } fragment T on Tenure { title organization { name } sources { quote } }`, { id: person });
  expect(full.errors).toBeUndefined();
  expect(tenureReads).toEqual([{ tenuresOfPeople: {} }]);
  expect(titles(full)).toEqual(titles(lean));
  expect(titles(lean).length).toBeGreaterThan(1);
  expect(full.data.person.positions.every((p: any) => p.sources.length > 0 && p.sources.every((s: any) => s.quote))).toBe(true);
});

it('holders read every holder without sources, then the sources of those shown, the same as a full read', async () => {
  const query = (fields: string) => `{ holders(title: "Phó Bí thư Thường trực", province: "Thanh Hóa", includeUnknown: true) { person { id } organization { id } ${fields} } }`;
  holdersReads = [];
  tenureReads = [];
  const shown = await api.gql(query('sources { quote url }'));
  expect(shown.errors).toBeUndefined();
  expect(holdersReads).toEqual([expect.objectContaining({ sources: false })]);
  expect(tenureReads).toEqual([{ tenuresOfPeople: {} }]);
  // What the store answers read whole, for the same holders.
  const full = await api.store.holders({ title: 'Phó Bí thư Thường trực', province: 'Thanh Hóa' });
  expect(shown.data.holders.length).toBeGreaterThan(1);
  for (const h of shown.data.holders) {
    const t = full.find((f) => f.personId === h.person.id && f.organizationId === h.organization.id)!;
    expect(h.sources.map((s: any) => s.quote)).toEqual(t.sources.map((s) => s.quote));
    expect(h.sources.length).toBeGreaterThan(0);
  }
  tenureReads = [];
  const bare = await api.gql(query('current'));
  expect(bare.errors).toBeUndefined();
  expect(tenureReads).toEqual([]);
});

it('chairs and attendees are read without sources unless the query shows them', async () => {
  const meetings = (q: string) => api.gql(`{ meetings(first: 100) { edges { node { id chairs { person { id } roles ${q} } } } } }`);
  participationReads = [];
  const lean = await meetings('');
  expect(lean.errors).toBeUndefined();
  expect(participationReads).toEqual([{ participationsOfMeetings: { sources: false } }]);
  participationReads = [];
  const full = await meetings('sources { quote }');
  expect(participationReads).toEqual([{ participationsOfMeetings: {} }]);
  const chairs = (r: any) => r.data.meetings.edges.map((e: any) => e.node.chairs.map((c: any) => `${c.person.id} ${c.roles}`));
  expect(chairs(full)).toEqual(chairs(lean));
  expect(full.data.meetings.edges.every((e: any) => e.node.chairs.every((c: any) => c.sources.length > 0))).toBe(true);
  participationReads = [];
  const person = await api.gql(`{ person(id: "person/thanh-hoa/phạm-thị-thanh-thủy") { meetingsChaired { id } meetingsAttended { roles meeting { id } } } }`);
  expect(person.errors).toBeUndefined();
  expect(person.data.person.meetingsAttended.length).toBeGreaterThan(0);
  expect(participationReads).toEqual([{ participationsOfPeople: { sources: false } }]);
});

it("a body's titles likewise", async () => {
  const body = 'org/thanh-hoa/ban-dan-van-tinh-uy';
  tenureReads = [];
  const lean = await api.gql(`query ($id: ID!) { organization(id: $id) { positions { title person { name } } } }`, { id: body });
  expect(tenureReads).toEqual([{ tenuresOfOrganizations: { sources: false, citations: false } }]);
  tenureReads = [];
  const full = await api.gql(`query ($id: ID!) { organization(id: $id) { positions { title person { name } ... on Tenure { sources { quote } } } } }`, { id: body });
  expect(tenureReads).toEqual([{ tenuresOfOrganizations: {} }]);
  expect(full.data.organization.positions.map((p: any) => p.title)).toEqual(lean.data.organization.positions.map((p: any) => p.title));
  expect(full.data.organization.positions.every((p: any) => p.sources.length > 0)).toBe(true);
});

describe('the look-ahead below a root field (api/prefetch.ts)', () => {
  const person = 'person/thanh-hoa/phạm-thị-thanh-thủy';

  it('reads nothing for a field the query leaves out with @include or @skip', async () => {
    tenureReads = [];
    participationReads = [];
    const r = await api.gql(
      `query ($id: ID!, $titles: Boolean!) { person(id: $id) { name positions @include(if: $titles) { title } ... @skip(if: true) { meetingsAttended { roles } } } }`,
      { id: person, titles: false },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.person).toEqual({ name: expect.any(String) });
    expect(tenureReads).toEqual([]);
    expect(participationReads).toEqual([]);
  });

  it('answers aliases, fragments and arguments as separate queries do', async () => {
    const tenure = 'fragment T on Tenure { title current start state organization { name } }';
    const combined = await api.gql(
      `query ($id: ID!) { person(id: $id) { now: positions(current: true) { ...T } all: positions { ...T }
        attended: meetingsAttended(first: 2) { roles meeting { title chairs { person { name } } } } } } ${tenure}`,
      { id: person },
    );
    expect(combined.errors).toBeUndefined();
    const alone = async (field: string, extra = '') => {
      const r = await api.gql(`query ($id: ID!) { person(id: $id) { ${field} } } ${extra}`, { id: person });
      expect(r.errors).toBeUndefined();
      return Object.values(r.data.person)[0];
    };
    expect(combined.data.person.now).toEqual(await alone('positions(current: true) { ...T }', tenure));
    expect(combined.data.person.all).toEqual(await alone('positions { ...T }', tenure));
    expect(combined.data.person.attended).toEqual(await alone('meetingsAttended(first: 2) { roles meeting { title chairs { person { name } } } }'));
    expect(combined.data.person.all.length).toBeGreaterThan(combined.data.person.now.length);
    expect(combined.data.person.attended.length).toBeGreaterThan(0);
    expect(combined.data.person.attended.some((a: any) => a.meeting.chairs.length > 0)).toBe(true);
  });

  it('leaves an error below a root field to be reported in its place', async () => {
    const r = await api.gql(`query ($id: ID!) { person(id: $id) { name meetingsChaired(first: 500) { id } } }`, { id: person });
    expect(r.errors).toEqual([expect.objectContaining({ path: ['person', 'meetingsChaired'], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  });
});
