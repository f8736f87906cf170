// Where the API's time goes for one scenario of bench:api: the server process (bench/api-serve.ts,
// as `cadregraph serve` runs it) under `node --cpu-prof`, asked the scenario's inputs one after
// another by a keep-alive client, then the profile summed up by the code each sample was in.
//   npx tsx bench/api-profile.ts --data DIR --scenario b [--seconds 10] [--tree DIR] [--top 30]
// --scenario: a, b, c, d (bench/api-scenarios.ts) or typename ({ __typename }); --tree: the checkout
// whose server is profiled (default this one); --focus FUNCTION also lists who calls it. The
// .cpuprofile is kept for Chrome's DevTools; `--file F --requests N [--from µs]` sums up one made
// elsewhere (samples from a monotonic-clock time on, e.g. after an in-process warm-up).
// Samples are wall-clock: on a loaded machine a request's µs include waits for a core.
import { spawn } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import { Agent, request } from 'http';
import { loadavg, tmpdir } from 'os';
import { join, resolve } from 'path';
import { createInterface } from 'readline';
import { Rng } from '../src/generate/prng';
import { openEmbeddedStore } from '../src/store';
import { FLOOR, SCENARIOS, workload, type Scenario } from './api-scenarios';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const DATA = arg('data', '');
const SECONDS = Number(arg('seconds', '10'));
const TREE = resolve(arg('tree', join(__dirname, '..')));
const TOP = Number(arg('top', '30'));
const FOCUS = arg('focus', '');
const which = arg('scenario', 'b');
const scenario: Scenario | undefined = which === 'typename' ? FLOOR[1] : SCENARIOS.find((s) => s.name.startsWith(`(${which})`));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** The package or project folder a script belongs to, as a short name. */
function area(url: string): string {
  if (!url) return '(native/VM)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)(\/.*)?$/.exec(url);
  if (m) return m[1] === 'graphql' ? `graphql/${(m[2] ?? '').split('/')[1] ?? ''}` : m[1];
  const src = /\/(src|bench)\/(.*)$/.exec(url);
  if (src) return `${src[1]}/${src[2].split('/').slice(0, -1).join('/') || src[2]}`;
  return url.startsWith('node:') ? 'node:' + url.slice(5).split('/')[0] : url;
}

/** Samples taken between `from` and `to` (µs of the monotonic clock, which V8's profiler and process.hrtime share). */
function summarize(file: string, requests: number, from: number, to: number) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
  const self = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at > from && at <= to) self.set(id, (self.get(id) ?? 0) + delta);
  });
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const idle = profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').reduce((a, n) => a + (self.get(n.id) ?? 0), 0);
  const busy = total - idle;
  const perArea = new Map<string, number>();
  const perFunction = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byNode.get(id)!;
    if (n.callFrame.functionName === '(idle)') continue;
    const a = ['(garbage collector)', '(program)'].includes(n.callFrame.functionName) ? n.callFrame.functionName : area(n.callFrame.url);
    perArea.set(a, (perArea.get(a) ?? 0) + us);
    const f = `${n.callFrame.functionName || '(anonymous)'} ${a}:${n.callFrame.lineNumber + 1}`;
    perFunction.set(f, (perFunction.get(f) ?? 0) + us);
  }
  const line = (name: string, us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)}%  ${(us / requests).toFixed(0).padStart(6)} µs/req  ${name}`;
  console.log(`profile ${file}\n${requests} requests; busy ${(busy / 1000).toFixed(0)} ms of ${(total / 1000).toFixed(0)} ms sampled: ${(busy / requests / 1000).toFixed(3)} ms of CPU per request`);
  console.log('\nself time by area:');
  for (const [a, us] of [...perArea].sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(line(a, us));
  console.log('\nself time by function:');
  for (const [f, us] of [...perFunction].sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(line(f, us));
  // Inclusive time: each sample counted once for every function on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  const callers = new Map<string, number>();
  for (const [id, us] of self) {
    const seen = new Set<string>();
    let below = '';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byNode.get(at)!;
      const f = `${n.callFrame.functionName || '(anonymous)'} ${area(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
      if (!seen.has(f)) inclusive.set(f, (inclusive.get(f) ?? 0) + us);
      seen.add(f);
      if (FOCUS && below.startsWith(`${FOCUS} `)) callers.set(f, (callers.get(f) ?? 0) + us);
      below = f;
    }
  }
  console.log('\ninclusive time by function:');
  for (const [f, us] of [...inclusive].sort((x, y) => y[1] - x[1]).slice(0, TOP * 2)) console.log(line(f, us));
  if (FOCUS) {
    console.log(`\ncallers of ${FOCUS}:`);
    for (const [f, us] of [...callers].sort((x, y) => y[1] - x[1]).slice(0, TOP)) console.log(line(f, us));
  }
}

(async () => {
  const given = arg('file', '');
  if (given) return summarize(given, Number(arg('requests', '1')), Number(arg('from', '-Infinity')), Infinity);
  if (!DATA || !scenario) throw new Error('usage: bench/api-profile.ts --data DIR --scenario a|b|c|d|typename [--seconds S] [--tree DIR]');
  const loaded = JSON.parse(readFileSync(join(DATA, 'loaded.json'), 'utf8'));
  const store = await openEmbeddedStore(DATA);
  const w = await workload(store, { people: loaded.people ?? 100_000, meetings: loaded.meetings ?? 300_000, seed: 7 });
  await store.close();
  const dir = mkdtempSync(join(tmpdir(), 'api-profile-'));
  const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--import', 'tsx', join(TREE, 'bench', 'api-serve.ts'), DATA], { cwd: TREE, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = new URL(await new Promise<string>((ok, fail) => {
    createInterface({ input: child.stdout! }).once('line', ok);
    child.once('exit', (code) => fail(new Error(`the server exited with ${code}`)));
  }));
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const send = (variables: Record<string, unknown>) =>
    new Promise<void>((ok, fail) => {
      const body = JSON.stringify({ query: scenario.query, variables });
      const req = request({ host: url.hostname, port: url.port, method: 'POST', path: '/graphql', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? ok() : fail(new Error(`HTTP ${res.statusCode}`))));
      });
      req.on('error', fail);
      req.end(body);
    });
  const rng = new Rng(8);
  const run = async (seconds: number) => {
    let n = 0;
    for (const end = Date.now() + seconds * 1000; Date.now() < end; n++) await send(scenario.variables(w, rng));
    return n;
  };
  await run(Math.min(SECONDS, 3)); // warm-up: start-up, the JIT and the page cache are left out of the summary
  const from = Number(process.hrtime.bigint() / 1000n);
  const requests = await run(SECONDS);
  const to = Number(process.hrtime.bigint() / 1000n);
  agent.destroy();
  await new Promise<void>((ok) => {
    child.once('exit', () => ok());
    child.kill('SIGTERM');
  });
  const file = join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!);
  console.log(`scenario ${scenario.name}; tree ${TREE}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  summarize(file, requests, from, to);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
