// Every refusal of a query over a limit is HTTP 400 with a GraphQL error saying which limit, never
// a 500; a body over the size limit is 413. (A token-limit refusal used to answer 500.)
import { LIMITS, MAX_BODY_BYTES } from '../../src/api/limits';
import { gqlPost, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const nested = (n: number) => `{ person(id: "x") { ${'colleagues { person { '.repeat(n)}name${' } }'.repeat(n)} } }`;

it.each([
  ['depth', nested(LIMITS.maxDepth), /[Dd]epth limit/],
  ['cost', `{ people(first: 100) { edges { node { colleagues { person { name colleagues { person { name colleagues { person { name } } } } } } } } } }`, /Cost limit/],
  ['tokens', `{ provinces { id } search(text: "a" ${Array.from({ length: LIMITS.maxTokens }, (_, i) => `x${i}: 1`).join(' ')}) { id } }`, /more that 2000 tokens/],
  ['aliases', `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: provinces { id }`).join(' ')} }`, /Aliases limit/],
  ['directives', `{ provinces { id ${'@skip(if: false) '.repeat(LIMITS.maxDirectives + 1)} } }`, /Directives limit/],
])('%s: 400 with the limit named', async (_name, query, message) => {
  const res = await h.app.inject(gqlPost(query));
  expect(res.statusCode).toBe(400);
  const { errors } = res.json() as { errors: Array<{ message: string; extensions: { code: string } }> };
  expect(errors.map((e) => e.message).join('\n')).toMatch(message);
  for (const e of errors) expect(e.extensions.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
});

it('a body over the limit is 413, bad JSON and a wrong content type are 4xx with a message', async () => {
  const huge = await h.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query: `{ search(text: "${'a'.repeat(MAX_BODY_BYTES)}") { id } }` }) });
  expect(huge.statusCode).toBe(413);
  expect(huge.json().errors[0].message).toBe(`request body over ${MAX_BODY_BYTES} bytes`);
  const notJson = await h.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: '{{{' });
  expect(notJson.statusCode).toBe(400);
  expect(notJson.json().errors[0].message).toBe('the request body is not JSON');
  const form = await h.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'query=%7B%7D' });
  expect(form.statusCode).toBe(415);
});

it('a cross-site "simple" request is refused (CSRF), the same query with JSON is answered', async () => {
  const simple = await h.app.inject({ url: `/graphql?query=${encodeURIComponent('{ provinces { id } }')}` });
  expect(simple.statusCode).toBe(400);
  expect(simple.json().errors[0].message).toMatch(/CSRF/);
  const json = await h.app.inject({ url: `/graphql?query=${encodeURIComponent('{ provinces { id } }')}`, headers: { 'content-type': 'application/json' } });
  expect(json.statusCode).toBe(200);
});
