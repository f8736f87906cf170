// Filters that forgive and errors that say (issue 13): names typed without diacritics or with
// abbreviations find what the graph stores; a name that names nothing is an error with suggestions.
import { startTestApi, type TestApi } from './test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
}, 60_000);
afterAll(() => api?.close());

const errorOf = async (query: string) => {
  const r = await api.gql(query);
  expect(r.data ?? null).toBeNull();
  return r.errors![0];
};

describe('provinces', () => {
  it('are read however they are written', async () => {
    const counts = await Promise.all(['Thanh Hóa', 'thanh hoa', 'tỉnh Thanh Hoá', 'THANH HOA'].map(async (p) =>
      (await api.gql(`query ($p: String) { meetings(filter: { province: $p }) { totalCount } }`, { p })).data.meetings.totalCount));
    expect(counts[0]).toBeGreaterThan(0);
    expect(new Set(counts).size).toBe(1);
  });

  it('an unknown one is an error naming the nearest', async () => {
    const e = await errorOf(`{ meetings(filter: { province: "Thanh Hao" }) { totalCount } }`);
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(/^unknown province "Thanh Hao": did you mean "Thanh Hóa"/);
    const network = await errorOf(`{ network(filter: { province: "Atlantis" }) { truncated } }`);
    expect(network.message).toMatch(/^unknown province "Atlantis"/);
  });
});

describe('directive kinds and organizations', () => {
  it('a kind typed without diacritics or as its code finds the same directives', async () => {
    const count = async (kind: string) => (await api.gql(`query ($k: String) { directives(filter: { kind: $k }) { totalCount } }`, { k: kind })).data.directives.totalCount;
    const written = await count('Nghị quyết');
    expect(written).toBeGreaterThan(0);
    expect(await count('nghi quyet')).toBe(written);
    expect(await count('NQ')).toBe(written);
    expect((await errorOf(`{ directives(filter: { kind: "nghi quyte" }) { totalCount } }`)).message).toBe('unknown directive kind "nghi quyte": did you mean "Nghị quyết"?');
  });

  it('abbreviations in an organization name are written out', async () => {
    const q = `query ($o: String) { holders(title: "Chủ tịch", organization: $o, province: "Hà Tĩnh", includeUnknown: true) { person { name } organization { name } } }`;
    const full = (await api.gql(q, { o: 'Ủy ban nhân dân tỉnh' })).data.holders;
    expect(full.length).toBeGreaterThan(0);
    expect((await api.gql(q, { o: 'UBND tỉnh' })).data.holders).toEqual(full);
    const orgs = await api.gql(`{ organizations(filter: { name: "UBND tỉnh", province: "ha tinh" }) { edges { node { name } } } }`);
    expect(orgs.data.organizations.edges.map((e: any) => e.node.name)).toContain("Ủy ban nhân dân tỉnh Hà Tĩnh");
  });

  it('an organization that names nothing in the graph is an error with the nearest names', async () => {
    const e = await errorOf(`{ holders(title: "Chủ tịch", organization: "Ủy ban nhân dân tỉnhh") { person { name } } }`);
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(/^no organization named "Ủy ban nhân dân tỉnhh" in the graph/);
  });
});

describe('dates', () => {
  it.each(['2024-13-45', '2023-02-29', '2024-1-5'])('%s is a validation error', async (d) => {
    const r = await api.gql(`query ($d: Date) { meetings(filter: { from: $d }) { totalCount } }`, { d });
    expect(r.status).toBe(400);
    expect(r.errors![0].message).toMatch(d === '2024-1-5' ? /YYYY-MM-DD/ : /is not a calendar date/);
  });

  it('a leap day is a date', async () => {
    const r = await api.gql(`{ meetings(filter: { from: "2024-02-29" }) { totalCount } }`);
    expect(r.errors).toBeUndefined();
  });
});
