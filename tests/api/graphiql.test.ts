// The GraphQL IDE a browser gets at /graphql: built from node_modules into a temporary folder,
// opened in Debian's Chromium with every request off this server refused, so it must work offline.
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type Browser } from 'playwright-core';
import { recordCspViolations } from '../dashboard/browser';
import { ROOT } from '../helpers/cli';
import { startTestApi, type TestApi } from './test-api';

let web: string;
let api: TestApi;
let browser: Browser;
beforeAll(async () => {
  web = mkdtempSync(join(tmpdir(), 'cadregraph-graphiql-'));
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(ROOT, 'src', 'api', 'graphiql', 'vite.config.mjs'), '--outDir', join(web, 'graphiql')], { cwd: ROOT, stdio: 'pipe' });
  api = await startTestApi({ webDir: web });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await api?.close();
  rmSync(web, { recursive: true, force: true });
});

it('runs a query offline and shows the answer', async () => {
  const page = await browser.newPage();
  const offSite: string[] = [];
  const origin = new URL(api.url).origin;
  await page.route('**/*', (route) => {
    if (new URL(route.request().url()).origin === origin) return route.continue();
    offSite.push(route.request().url());
    return route.abort();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  recordCspViolations(page, errors);
  const response = await page.goto(`${api.url}/graphql`);
  // The page runs under the server's policy, with no inline script or style allowed.
  expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self';.*style-src 'self'/);
  // The IDE introspects the schema first; a click before the editor is ready does nothing.
  await page.waitForFunction(() => !!document.querySelector('.graphiql-query-editor .CodeMirror'), undefined, { timeout: 30_000 });
  await page.waitForTimeout(1000);
  await page.locator('.graphiql-execute-button').click({ timeout: 30_000 });
  // The example query asks An Giang's meetings; the seeds hold one chaired by Lê Hồng Quang.
  await page.locator('.result-window').getByText('Lê Hồng Quang').first().waitFor({ timeout: 30_000 });
  expect(await page.locator('.result-window').innerText()).toContain('"totalCount"');
  expect(offSite).toEqual([]);
  expect(errors).toEqual([]);
}, 90_000);
