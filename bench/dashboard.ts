// Dashboard with a 5,000-node network in headless Chromium (WebGL through SwiftShader): time from
// opening the page to a drawn graph, and frame times while the reader pans and zooms with the
// mouse. The network is built by the store's own network builder from a generated province
// (people, bodies, meetings); everything else is served from the fixture articles.
//   npm run bench:dashboard                 5,000 nodes, the default view (people who met)
//   npm run bench:dashboard -- --nodes 2000
//   npm run bench:dashboard -- --view all   people, bodies and meetings (every node drawn)
//   npm run bench:dashboard -- --web DIR    a dashboard built elsewhere (DIR/dashboard), to compare builds in one run
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { cpus, loadavg, tmpdir } from 'os';
import { join } from 'path';
import { chromium } from 'playwright-core';
import { startServer } from '../src/server';
import { ingestPaths } from '../src/ingest';
import { openEmbeddedStore } from '../src/store';
import type { GraphStore } from '../src/store/graph-store';
import { generatedNetwork } from './dashboard-network';
import { buildDashboard, CHROMIUM_ARGS } from '../tests/dashboard/browser';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const NODES = arg('nodes', 5000);
const ROUNDS = arg('rounds', 3);
const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : null;
};
const VIEW = option('view') ?? 'people';
const WEB = option('web');

function stats(frames: number[]) {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { frames: frames.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1], over50ms: frames.filter((f) => f > 50).length };
}

async function main() {
  const network = generatedNetwork(NODES);
  console.log(`network: ${network.nodes.length} nodes, ${network.edges.length} edges`);
  const tmp = mkdtempSync(join(tmpdir(), 'cadregraph-bench-dashboard-'));
  if (!WEB) buildDashboard(join(tmp, 'web', 'dashboard'));
  const store = await openEmbeddedStore(join(tmp, 'data'));
  await ingestPaths(store, [join(__dirname, '..', 'seeds')]);
  const served = new Proxy(store, {
    get: (target, key) => (key === 'network' ? async () => network : (target as any)[key]?.bind?.(target) ?? (target as any)[key]),
  }) as GraphStore;
  const server = await startServer({ store: served, port: 0, webDir: WEB ?? join(tmp, 'web') });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...(process.env.CHROMIUM_EXTRA ?? '').split(' ').filter(Boolean)] });
  try {
    const page = await browser.newPage({ viewport: { width: arg('width', 1400), height: arg('height', 900) } });
    const t0 = Date.now();
    await page.goto(`${server.url}/${VIEW === 'people' ? '' : `?view=${VIEW}`}`);
    await page.waitForFunction(() => !!(window as any).cadregraph?.network.renderer && document.querySelector('#graph-progress')?.hasAttribute('hidden'), undefined, { timeout: 300_000 });
    const drawnMs = Date.now() - t0;
    const drawn = await page.evaluate(() => (window as any).cadregraph.network.order);
    const edges = await page.evaluate(() => (window as any).cadregraph.network.renderer.getGraph().size);
    mkdirSync(join(__dirname, '..', 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(__dirname, '..', 'screenshots', `bench-${NODES}-${VIEW}${WEB ? '-other' : ''}.png`) });
    await page.waitForTimeout(500);

    // Every frame the browser paints while a reader drags and wheels over the graph.
    // A string: tsx would wrap a named function in a helper the page does not have.
    await page.evaluate(`(() => {
      window.__frames = [];
      let last = performance.now();
      const tick = (now) => {
        window.__frames.push(now - last);
        last = now;
        if (!window.__stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    const box = (await page.locator('#graph').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const t1 = Date.now();
    for (let round = 0; round < ROUNDS; round++) {
      await page.mouse.move(cx - 200, cy - 100);
      await page.mouse.down();
      await page.mouse.move(cx + 200, cy + 100, { steps: 40 });
      await page.mouse.up();
      for (let i = 0; i < 8; i++) {
        await page.mouse.wheel(0, round % 2 ? 120 : -120);
        await page.waitForTimeout(40);
      }
    }
    const interactMs = Date.now() - t1;
    const frames: number[] = await page.evaluate(() => ((window as any).__stop = true, (window as any).__frames.slice(1)));
    const s = stats(frames);
    const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : null;
    if (cdp) await cdp.send('Profiler.enable'), await cdp.send('Profiler.start');
    // The camera moved by the page itself for 5 s (no input events): how fast sigma redraws.
    const animated = (await page.evaluate(`new Promise((done) => {
      const camera = window.cadregraph.network.renderer.getCamera();
      const frames = [];
      const start = performance.now();
      let last = start;
      const step = (now) => {
        frames.push(now - last);
        last = now;
        const t = (now - start) / 1000;
        camera.setState({ x: 0.5 + 0.2 * Math.sin(t), y: 0.5 + 0.2 * Math.cos(t), ratio: 0.6 + 0.4 * Math.abs(Math.sin(t / 2)) });
        if (now - start < 5000) requestAnimationFrame(step);
        else done(frames.slice(1));
      };
      requestAnimationFrame(step);
    })`)) as number[];
    const a = stats(animated);
    if (cdp) {
      const { profile } = (await cdp.send('Profiler.stop')) as any;
      const self = new Map<string, number>();
      const dt = new Map<number, number>();
      profile.samples.forEach((id: number, i: number) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
      for (const n of profile.nodes) {
        const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + (dt.get(n.id) ?? 0) / 1000);
      }
      console.log([...self].sort((x, y) => y[1] - x[1]).slice(0, 15).map(([k, v]) => `${v.toFixed(0)} ms  ${k}`).join('\n'));
    }
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const ext = gl?.getExtension('WEBGL_debug_renderer_info');
      return ext ? gl!.getParameter(ext.UNMASKED_RENDERER_WEBGL) : 'unknown';
    });
    console.log(`view ${VIEW}: ${drawn} nodes and ${edges} edges drawn in ${(drawnMs / 1000).toFixed(1)} s from opening the page (query, layout, first render)`);
    console.log(`pan and zoom for ${(interactMs / 1000).toFixed(1)} s: ${s.frames} frames, ${(s.frames / (interactMs / 1000)).toFixed(0)} fps; frame time median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms; ${s.over50ms} frames over 50 ms`);
    console.log(`camera animated by the page for 5 s: ${a.frames} frames, ${(a.frames / 5).toFixed(0)} fps; frame time median ${a.median.toFixed(1)} ms, p95 ${a.p95.toFixed(1)} ms, max ${a.max.toFixed(1)} ms`);
    console.log(`WebGL renderer: ${renderer}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
