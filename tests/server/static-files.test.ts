// Static files answer HEAD, carry an ETag and answer 304 when the browser already has them; hashed
// build assets are cached for good, pages are revalidated; nothing outside the web folders.
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

it('HEAD gives the headers of GET and no body', async () => {
  const get = await h.app.inject({ url: '/assets/app-1a2b3c.js' });
  const head = await h.app.inject({ method: 'HEAD', url: '/assets/app-1a2b3c.js' });
  expect(head.statusCode).toBe(200);
  expect(head.body).toBe('');
  expect(head.headers['content-type']).toBe(get.headers['content-type']);
  expect(head.headers['content-length']).toBe(String(get.body.length));
  expect(head.headers.etag).toBe(get.headers.etag);
});

it.each(['/', '/assets/app-1a2b3c.js'])('%s: an ETag, and 304 for If-None-Match', async (url) => {
  const first = await h.app.inject({ url });
  expect(first.statusCode).toBe(200);
  const etag = first.headers.etag as string;
  expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
  const again = await h.app.inject({ url, headers: { 'if-none-match': etag } });
  expect(again.statusCode).toBe(304);
  expect(again.body).toBe('');
  expect((await h.app.inject({ url, headers: { 'if-none-match': '"something-else"' } })).statusCode).toBe(200);
});

it('hashed assets are immutable, pages are revalidated', async () => {
  expect((await h.app.inject({ url: '/assets/app-1a2b3c.js' })).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await h.app.inject({ url: '/' })).headers['cache-control']).toBe('no-cache');
});

it('dot files, paths out of the folders and malformed escapes are 404', async () => {
  for (const url of ['/.env', '/../secret.js', '/%2e%2e/secret.js', '/graphiql/%2e%2e/%2e%2e/secret.js', '/assets/..%2f..%2fsecret.js', '/%E0%A4%A']) {
    expect([url, (await h.app.inject({ url })).statusCode]).toEqual([url, 404]);
  }
});
