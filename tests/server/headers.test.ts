// Security headers on every kind of answer: the dashboard's HTML, its JavaScript, GraphQL, and
// refusals. The browser tests (tests/dashboard, tests/api/graphiql.test.ts) check that the real
// pages run under this policy.
import type { LightMyRequestResponse } from 'fastify';
import { gqlPost, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

function expectHardened(res: LightMyRequestResponse) {
  const csp = String(res.headers['content-security-policy']);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|upgrade-insecure-requests/);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['x-powered-by']).toBeUndefined();
}

it('on the dashboard page', async () => {
  const res = await h.app.inject({ url: '/' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/text\/html/);
  expectHardened(res);
});

it('on JavaScript', async () => {
  const res = await h.app.inject({ url: '/assets/app-1a2b3c.js' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/javascript/);
  expectHardened(res);
});

it('on GraphQL answers, the IDE page and errors', async () => {
  const res = await h.app.inject(gqlPost('{ provinces { name } }'));
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/application\/json/);
  expectHardened(res);
  expectHardened(await h.app.inject({ url: '/graphql', headers: { accept: 'text/html' } }));
  const missing = await h.app.inject({ url: '/nothing-here.js' });
  expect(missing.statusCode).toBe(404);
  expectHardened(missing);
});
