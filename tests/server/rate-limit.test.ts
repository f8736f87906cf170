// Past the per-address limit the server answers 429 with Retry-After; health checks are not counted.
import { DEFAULT_CONFIG, serverConfigFromEnv } from '../../src/server';
import { gqlPost, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ config: { rateLimit: { max: 5, windowMs: 60_000 } } });
});
afterAll(() => h?.close());

it('answers 429 past the limit, per client address', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) statuses.push((await h.app.inject(gqlPost('{ provinces { id } }'))).statusCode);
  expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
  const refused = await h.app.inject({ url: '/' });
  expect(refused.statusCode).toBe(429);
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  expect(refused.json().errors[0]).toMatchObject({ message: expect.stringMatching(/too many requests/), extensions: { code: 'RATE_LIMITED' } });
  // Another address has its own count.
  expect((await h.app.inject({ url: '/', remoteAddress: '10.0.0.9' })).statusCode).toBe(200);
});

it('does not count /healthz and /readyz', async () => {
  for (let i = 0; i < 10; i++) expect((await h.app.inject({ url: i % 2 ? '/healthz' : '/readyz', remoteAddress: '10.0.0.10' })).statusCode).toBe(200);
});

it('is set by CADREGRAPH_RATE_LIMIT (per minute; 0 for none), with a clear error for a bad value', () => {
  expect(serverConfigFromEnv({}).rateLimit).toEqual(DEFAULT_CONFIG.rateLimit);
  expect(serverConfigFromEnv({ CADREGRAPH_RATE_LIMIT: '120' }).rateLimit).toEqual({ max: 120, windowMs: 60_000 });
  expect(serverConfigFromEnv({ CADREGRAPH_RATE_LIMIT: '0' }).rateLimit.max).toBe(0);
  expect(() => serverConfigFromEnv({ CADREGRAPH_RATE_LIMIT: 'lots' })).toThrow('CADREGRAPH_RATE_LIMIT must be a number of requests per minute (0 for no limit) (got "lots")');
});

it('0 turns it off', async () => {
  const open = await startHarness({ config: { rateLimit: { max: 0, windowMs: 60_000 } } });
  try {
    for (let i = 0; i < 20; i++) expect((await open.app.inject({ url: '/' })).statusCode).toBe(200);
  } finally {
    await open.close();
  }
});
