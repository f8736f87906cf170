// Bad requests get a clear GraphQL error, and the server keeps serving.
import { startTestApi, type TestApi } from './test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
}, 60_000);
afterAll(() => api?.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('bad input', () => {
  it.each([
    ['a malformed query', '{ people { ', /Syntax Error/],
    ['an unknown field', '{ people { edges { node { salary } } } }', /Cannot query field "salary"/],
    ['an oversize page', '{ people(first: 1000) { totalCount } }', /first must be between 1 and 100/],
    ['an invalid cursor', '{ people(after: "not-a-cursor") { totalCount } }', /invalid cursor/],
    ['a malformed date', '{ meetings(filter: { from: "2021" }) { totalCount } }', /YYYY-MM-DD/],
    ['an empty search', '{ search(text: "  ") { id } }', /text must not be empty/],
    ['too many hops', '{ connection(from: "a", to: "b", maxHops: 50) { length } }', /maxHops must be between 1 and 8/],
    ['an over-deep query', `{ person(id: "x") { ${'colleagues { person { '.repeat(8)}name${' } }'.repeat(8)} } }`, /[Dd]epth/],
    ['too many aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: provinces { id }`).join(' ')} }`, /[Aa]liases/],
  ])('%s', async (_name, query, message) => {
    const r = await api.gql(query);
    expect(r.errors?.[0].message).toMatch(message);
    expect(r.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED/);
    expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|node_modules|\.ts:/);
  });

  it('an unknown id is null, not an error', async () => {
    const r = await api.gql('{ person(id: "person/nowhere/nobody") { name } meeting(id: "x") { id } }');
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ person: null, meeting: null });
  });

  it('a body that is not JSON, and one that is too large', async () => {
    const notJson = await post('{{{');
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).errors[0].message).toMatch(/not JSON/);
    const huge = await post(JSON.stringify({ query: `{ search(text: "${'a'.repeat(2_000_000)}") { id } }` }));
    expect(huge.status).toBe(413);
  });

  it('still serves after all of that', async () => {
    const r = await api.gql('{ provinces { name } }');
    expect(r.data.provinces.map((p: any) => p.name)).toContain('Thanh Hóa');
  });
});

describe('health', () => {
  it('/healthz says the process is up, /readyz that the store answers', async () => {
    expect(await (await fetch(`${api.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${api.url}/readyz`)).json()).toEqual({ status: 'ready', store: 'sqlite' });
  });
});

describe('read keys', () => {
  it('when the operator sets read keys, reads need one', async () => {
    const closed = await startTestApi({ readKeys: ['reader'] });
    try {
      const refused = await closed.gql('{ provinces { name } }');
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const allowed = await closed.gql('{ provinces { name } }', undefined, 'reader');
      expect(allowed.data.provinces.length).toBeGreaterThan(0);
    } finally {
      await closed.close();
    }
  }, 60_000);
});
