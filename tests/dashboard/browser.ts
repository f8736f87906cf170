// The dashboard as a reader sees it: built from the current source into a temporary folder,
// served by the real server over an embedded store loaded with the fixture articles, opened in
// Debian's Chromium. Screenshots go to screenshots/ (ignored by git) to be looked at.
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../api/test-api';
import { ROOT } from '../helpers/cli';
import type { GraphStore } from '../../src/store/graph-store';
import { generatedNetwork } from '../../bench/dashboard-network';

export const SCREENSHOTS = join(ROOT, 'screenshots');

export interface DashboardHarness {
  api: TestApi;
  browser: Browser;
  open(options?: { width?: number; height?: number; lang?: 'vi' | 'en' }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export function buildDashboard(outDir: string): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(ROOT, 'src', 'dashboard', 'vite.config.ts'), '--outDir', outDir, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}

// Software WebGL (no GPU here). Without a GPU process the frames are not copied between processes:
// measured 33 fps instead of 16 when panning 5,000 nodes (BENCHMARKS.md).
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/**
 * A province of generated people, bodies and meetings (the benchmark's, built by the store's own
 * network builder) beside the real ones, for what only a large network shows (labels, speed).
 */
export const LARGE_PROVINCE = 'Mạng thử 500 nút';
export const LARGE_NODES = 500;

function withLargeProvince(store: GraphStore): GraphStore {
  const large = generatedNetwork(LARGE_NODES);
  return new Proxy(store, {
    get(target, key) {
      if (key === 'provinces') return async () => [...(await target.provinces()), { id: 'loc/test-large', name: LARGE_PROVINCE, level: 'province', province: null }];
      if (key === 'network') {
        return async (filter: { province?: string | null; provinces?: string[] | null }) =>
          (filter.province === LARGE_PROVINCE || filter.provinces?.includes(LARGE_PROVINCE) ? large : target.network(filter as never));
      }
      const value = (target as any)[key];
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** `articles`: what the graph is read from (the fixture articles and seeds by default). */
export async function startDashboard(options: { articles?: string[] } = {}): Promise<DashboardHarness> {
  const web = mkdtempSync(join(tmpdir(), 'cadregraph-dashboard-'));
  buildDashboard(join(web, 'dashboard'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  const api = await startTestApi({ webDir: web, wrap: withLargeProvince, articles: options.articles });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    api,
    browser,
    async open({ width = 1400, height = 900, lang = 'vi' } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true, locale: lang === 'vi' ? 'vi-VN' : 'en-US' });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      recordCspViolations(page, problems);
      (page as Page & { problems: string[] }).problems = problems;
      return { context, page };
    },
    async close() {
      await browser.close();
      await api.close();
      rmSync(web, { recursive: true, force: true });
    },
  };
}

/**
 * Whatever the page's Content-Security-Policy blocks (a script, a style, a font, a request) is a
 * problem: Chromium reports each as a console error.
 */
export function recordCspViolations(page: Page, problems: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
}

/** Waits until the network is drawn (sigma mounted, layout done, no load under way). */
export async function networkDrawn(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.waitForFunction(() => {
    const handle = (window as unknown as { cadregraph?: { network: { renderer: unknown } } }).cadregraph;
    return !!handle?.network.renderer && document.querySelector('#graph-progress')?.hasAttribute('hidden') && document.querySelector('#status')?.getAttribute('data-kind') !== 'loading';
  }, undefined, { timeout: timeoutMs });
}

/** Waits until the panel shows this item. */
export const panelShows = (page: Page, kind: string, id: string) => page.waitForSelector(`#panel[data-kind="${kind}"][data-id="${id}"][data-loaded] .panel-title`);

export const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
