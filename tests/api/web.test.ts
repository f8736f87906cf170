// The web side of the server: the GraphQL IDE for browsers at /graphql, the dashboard's files
// at /, and a page saying how to build either when it is missing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { startTestApi, type TestApi } from './test-api';

const built = mkdtempSync(join(tmpdir(), 'cadregraph-web-'));
const empty = mkdtempSync(join(tmpdir(), 'cadregraph-noweb-'));
mkdirSync(join(built, 'graphiql', 'assets'), { recursive: true });
mkdirSync(join(built, 'dashboard', 'assets'), { recursive: true });
writeFileSync(join(built, 'graphiql', 'index.html'), '<!doctype html><title>ide page</title>');
writeFileSync(join(built, 'graphiql', 'assets', 'ide.js'), 'console.log("ide")');
writeFileSync(join(built, 'dashboard', 'index.html'), '<!doctype html><title>dashboard page</title>');
writeFileSync(join(built, 'dashboard', 'assets', 'app.css'), 'body{}');
writeFileSync(join(built, 'secret.js'), 'not public');

let api: TestApi;
let bare: TestApi;
beforeAll(async () => {
  [api, bare] = await Promise.all([startTestApi({ webDir: built }), startTestApi({ webDir: empty })]);
}, 90_000);
afterAll(async () => {
  await Promise.all([api?.close(), bare?.close()]);
  rmSync(built, { recursive: true, force: true });
  rmSync(empty, { recursive: true, force: true });
});

const html = { accept: 'text/html,application/xhtml+xml' };

it('a browser asking for /graphql gets the IDE, a client gets GraphQL', async () => {
  const page = await fetch(`${api.url}/graphql`, { headers: html });
  expect(page.headers.get('content-type')).toMatch(/text\/html/);
  expect(await page.text()).toContain('ide page');
  const asset = await fetch(`${api.url}/graphiql/assets/ide.js`);
  expect(asset.headers.get('content-type')).toMatch(/javascript/);
  const query = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ provinces { name } }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
  expect((await query.json()).data.provinces.length).toBeGreaterThan(0);
});

it('the dashboard is served at /, unknown paths are 404, nothing outside the web folders', async () => {
  expect(await (await fetch(`${api.url}/`)).text()).toContain('dashboard page');
  expect((await fetch(`${api.url}/assets/app.css`)).status).toBe(200);
  expect((await fetch(`${api.url}/nope.html`)).status).toBe(404);
  expect((await fetch(`${api.url}/../secret.js`)).status).toBe(404);
  expect((await fetch(`${api.url}/%2e%2e/secret.js`)).status).toBe(404);
  expect((await fetch(`${api.url}/%E0%A4%A`)).status).toBe(404);
});

it('when nothing is built, both pages say how to build them', async () => {
  const dashboard = await fetch(`${bare.url}/`);
  expect(dashboard.status).toBe(200);
  expect(await dashboard.text()).toMatch(/dashboard is not built.*npm run build/);
  const ide = await fetch(`${bare.url}/graphql`, { headers: html });
  expect(await ide.text()).toMatch(/GraphQL IDE is not built/);
});
