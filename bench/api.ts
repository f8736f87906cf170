// API load benchmark: a generated graph (100,000 people, 300,000 meetings by default) written
// into a new embedded store as `cadregraph generate --people --meetings` writes it, then each
// scenario's inputs asked in turn of the store directly (the reads the resolvers' loaders make) and
// of the HTTP API in its own process, so the API's overhead is a ratio taken under the same load.
//   npm run bench:api                                   builds .bench/api-100000-300000 once, then measures
//   npm run bench:api -- --people 5000 --meetings 15000 --seconds 5   a quick run
// Flags: --people N --meetings N --seconds S (per scenario) --connections C --seed N --rebuild
//   --data DIR   the graph's folder (default .bench/api-<people>-<meetings>), e.g. a copy migrated to a newer schema
//   --base DIR   a baseline checkout whose server is asked the same inputs in turn (paired ratio, answers compared)
//   --http-client   time requests through Node's http client instead of the bench's own (see client())
import { spawn } from 'child_process';
import { Agent, request } from 'http';
import { connect as connectSocket, type Socket } from 'net';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { cpus, loadavg, totalmem } from 'os';
import { join, resolve } from 'path';
import { createInterface } from 'readline';
import { generateGraph } from '../src/generate/graph';
import { Rng } from '../src/generate/prng';
import { openEmbeddedStore, openGraphLoad } from '../src/store';
import type { GraphStore } from '../src/store/graph-store';
import { FLOOR, SCENARIOS, workload, type Scenario, type Workload } from './api-scenarios';

const flag = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PEOPLE = flag('people', 100_000);
const MEETINGS = flag('meetings', 300_000);
const SECONDS = flag('seconds', 15);
// One connection by default: latency on a 2-core machine shared with the load generator; raise it for throughput.
const CONNECTIONS = flag('connections', 1);
const SEED = flag('seed', 7);
const root = join(__dirname, '..', '.bench');
const dataIndex = process.argv.indexOf('--data');
const dataDir = dataIndex > 0 ? process.argv[dataIndex + 1] : join(root, `api-${PEOPLE}-${MEETINGS}`);
const marker = join(dataDir, 'loaded.json');
// A baseline checkout (e.g. `git archive main | tar -x -C /tmp/base`, node_modules linked): its server is
// asked every input too, in turn with this tree's, and their answers compared.
const baseIndex = process.argv.indexOf('--base');
const BASE = baseIndex > 0 ? process.argv[baseIndex + 1] : undefined;

async function build() {
  rmSync(dataDir, { recursive: true, force: true });
  const t0 = Date.now();
  const load = await openGraphLoad({ data: dataDir });
  const made = await generateGraph({ people: PEOPLE, meetings: MEETINGS, seed: SEED }, (facts) => load.upsertArticles(facts), {
    onProgress: (n) => console.log(`  ${n} articles stored (${((Date.now() - t0) / 1000).toFixed(0)} s)`),
  });
  const stats = await load.finish();
  const bytes = statSync(join(dataDir, 'graph.sqlite')).size;
  writeFileSync(marker, JSON.stringify({ ...stats, articles: made.articles, meetingsKept: made.meetings, totalSeconds: (Date.now() - t0) / 1000, bytes }, null, 2));
}

interface Server {
  name: string;
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/** A server process as `cadregraph serve` runs it (bench/api-serve.ts of `tree`), on the graph folder. */
async function startApiProcess(name: string, tree: string): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(tree, 'bench', 'api-serve.ts'), dataDir], { cwd: tree, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the API process of ${tree} exited with ${code}`)));
  });
  return {
    name,
    url,
    pid: child.pid!,
    stop: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/** CPU seconds (user + system) a process has used so far, from the kernel's own accounting. */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
}

interface Answer {
  ms: number;
  status: number;
  text: string;
}

/**
 * A keep-alive HTTP client timing each POST from the first byte written to the last byte read
 * (process.hrtime: sub-millisecond; autocannon's histogram keeps whole milliseconds, which made a
 * 0.7 ms store read against a "5 ms" API a ratio of rounding). What it times is what a user waits
 * for: HTTP both ways, parsing, validation, execution and serialization. A query that starts
 * with "/" is a GET of that path.
 *
 * It writes each request on a kept socket and reads the answer by its Content-Length, as load
 * generators do (autocannon did): Node's own http client spends ~0.1 ms of the bench process's CPU
 * per request (request objects, header formatting, its parser and stream events) on the same two
 * cores, inside the timed span, and that is the load generator's cost, not the API's. `--http-client`
 * times with Node's http client instead.
 */
function client(url: string): { send: (s: Scenario, variables: Record<string, unknown>) => Promise<Answer>; close: () => void } {
  if (process.argv.includes('--http-client')) return nodeClient(url);
  const { hostname, port } = new URL(url);
  const idle: Socket[] = [];
  const all = new Set<Socket>();
  const connect = () =>
    new Promise<Socket>((resolve, reject) => {
      const socket = connectSocket({ host: hostname, port: Number(port), noDelay: true }, () => {
        socket.off('error', reject);
        resolve(socket);
      });
      socket.once('error', reject);
      socket.once('close', () => all.delete(socket));
      all.add(socket);
    });
  const send = async (s: Scenario, variables: Record<string, unknown>) => {
    let socket = idle.pop();
    while (socket && (socket.destroyed || !socket.writable)) socket = idle.pop();
    socket ??= await connect();
    const body = s.query.startsWith('/') ? '' : JSON.stringify({ query: s.query, variables });
    const head = body
      ? `POST /graphql HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`
      : `GET ${s.query} HTTP/1.1\r\nHost: ${hostname}:${port}\r\n\r\n`;
    const kept = socket;
    return new Promise<Answer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let received = 0;
      let bodyAt = -1;
      let length = 0;
      let status = 0;
      const done = (error: Error | null, answer?: Answer) => {
        kept.off('data', onData);
        kept.off('error', onError);
        kept.off('close', onClose);
        if (error) {
          kept.destroy();
          reject(error);
        } else {
          idle.push(kept);
          resolve(answer!);
        }
      };
      const onError = (e: Error) => done(e);
      const onClose = () => done(new Error('the server closed the connection'));
      const onData = (chunk: Buffer) => {
        chunks.push(chunk);
        received += chunk.length;
        if (bodyAt < 0) {
          const buffer = chunks.length > 1 ? Buffer.concat(chunks) : chunk;
          chunks.length = 0;
          chunks.push(buffer);
          const end = buffer.indexOf('\r\n\r\n');
          if (end < 0) return;
          const header = buffer.toString('latin1', 0, end);
          status = Number(header.slice(9, 12));
          const m = /\r\ncontent-length: *(\d+)/i.exec(header);
          if (!m) return done(new Error('an answer without Content-Length'));
          bodyAt = end + 4;
          length = Number(m[1]);
        }
        if (received < bodyAt + length) return;
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        const buffer = chunks.length > 1 ? Buffer.concat(chunks) : chunks[0];
        done(null, { ms, status, text: buffer.toString('utf8', bodyAt, bodyAt + length) });
      };
      kept.on('data', onData);
      kept.on('error', onError);
      kept.on('close', onClose);
      const start = process.hrtime.bigint();
      kept.write(head + body);
    });
  };
  return { send, close: () => all.forEach((x) => x.destroy()) };
}

/** The same timing through Node's http client (its objects, parser and streams inside the timed span). */
function nodeClient(url: string) {
  const { hostname, port } = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const send = (s: Scenario, variables: Record<string, unknown>) =>
    new Promise<Answer>((resolve, reject) => {
      const body = s.query.startsWith('/') ? '' : JSON.stringify({ query: s.query, variables });
      const headers = body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {};
      const start = process.hrtime.bigint();
      const req = request({ host: hostname, port, method: body ? 'POST' : 'GET', path: body ? '/graphql' : s.query, agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  return { send, close: () => agent.destroy() };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);

interface Figures {
  p50: number;
  p99: number;
  requests: number;
  failures: number;
  /** CPU milliseconds per request of the server process (API rows only). */
  cpuMs?: number;
}

const figures = (latencies: number[], failures: number, cpuMs?: number): Figures => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), requests: sorted.length, failures, cpuMs };
};

interface Measured {
  direct: Figures;
  api: Figures[];
  /** Per input, each server's time over the first server's, the median (with --base: this tree / the baseline). */
  pairRatio?: number;
  /** Answers compared between the servers (with --base), and how many were identical. */
  compared: number;
  identical: number;
}

/**
 * One scenario, every input asked of the store directly and of each server in turn, the order
 * rotating with each input, for S seconds per connection after a warm-up pass of the same inputs:
 * the machine's load falls on all of them alike, so their ratios hold on a shared machine.
 */
async function measure(store: GraphStore, servers: Server[], s: Scenario, w: Workload, seconds: number, atLeast = 0): Promise<Measured> {
  const rng = new Rng(SEED + 1);
  const clients = servers.map((x) => client(x.url));
  const direct: number[] = [];
  const api: number[][] = servers.map(() => []);
  const failures = servers.map(() => 0);
  let directFailures = 0;
  let compared = 0;
  let identical = 0;
  const pairs: number[] = [];
  const cpu0 = servers.map((x) => cpuSecondsOf(x.pid));
  const end = Date.now() + seconds * 1000;
  let turn = 0;
  try {
    await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end || direct.length < atLeast) {
        const variables = s.variables(w, rng);
        const answers: string[] = [];
        const times: number[] = [];
        const n = servers.length + 1;
        const first = turn++ % n;
        for (let k = 0; k < n; k++) {
          const i = (first + k) % n;
          if (i === servers.length) {
            const start = process.hrtime.bigint();
            await s.direct(store, variables).catch(() => directFailures++);
            direct.push(Number(process.hrtime.bigint() - start) / 1e6);
            continue;
          }
          const answer = await clients[i].send(s, variables).catch(() => ({ ms: NaN, status: 0, text: '' }));
          if (answer.status !== 200 || answer.text.startsWith('{"errors"')) failures[i]++;
          api[i].push(answer.ms);
          times[i] = answer.ms;
          answers[i] = answer.text;
        }
        if (servers.length > 1) {
          pairs.push(times[0] / times[1]);
          compared++;
          if (answers[0] === answers[1]) identical++;
        }
      }
    }));
  } finally {
    for (const c of clients) c.close();
  }
  return {
    direct: figures(direct, directFailures),
    api: servers.map((x, i) => figures(api[i], failures[i], ((cpuSecondsOf(x.pid) - cpu0[i]) * 1000) / api[i].length)),
    pairRatio: pairs.length ? median(pairs) : undefined,
    compared,
    identical,
  };
}

const fmt = (n: number | undefined, digits = 1) => (n !== undefined && Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

(async () => {
  console.log(`machine: ${cpus().length} cores ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  if (process.argv.includes('--rebuild') || !existsSync(marker)) {
    console.log(`building ${PEOPLE} people, ${MEETINGS} meetings into ${dataDir} ...`);
    await build();
  }
  const loaded = JSON.parse(readFileSync(marker, 'utf8'));
  console.log(`graph: ${JSON.stringify(loaded.nodes)}; relationships ${JSON.stringify(loaded.relationships)}`);
  console.log(`built in ${fmt(loaded.totalSeconds)} s from ${loaded.articles} articles; ${fmt(loaded.bytes / 2 ** 20, 0)} MiB on disk`);

  const store = await openEmbeddedStore(dataDir);
  const w = await workload(store, { people: PEOPLE, meetings: MEETINGS, seed: SEED });
  console.log(`workload: ${w.people.length} people, ${w.provinces.length} provinces, ${w.pairs.length} pairs 3-4 relationships apart; ${CONNECTIONS} connections, ${SECONDS} s each`);
  if (!w.pairs.length) throw new Error('no pair of people 3-4 relationships apart was found');

  const servers = [await startApiProcess('API', join(__dirname, '..'))];
  if (BASE) servers.push(await startApiProcess('base API', resolve(BASE)));
  const results: Measured[] = [];
  try {
    for (const s of [...FLOOR, ...SCENARIOS]) {
      // Warm the page cache, the prepared statements, the JIT and the posts read: every input at least once or twice.
      await measure(store, servers, s, w, Math.min(SECONDS, 3), 400);
      results.push(await measure(store, servers, s, w, SECONDS));
      console.log(`  ${s.name} done; load average ${loadavg()[0].toFixed(2)}`);
    }
  } finally {
    await Promise.all(servers.map((x) => x.stop()));
    await store.close();
  }

  const apiCols = servers.map((x) => `${x.name} p50 ms | ${x.name} p99 ms | ${x.name} CPU ms/req | ${x.name}/store p50`).join(' | ');
  const baseCols = BASE ? ' | API/base API (median of pairs) | identical answers' : '';
  console.log(`\nload average at the end ${loadavg().map((x) => x.toFixed(2)).join(' ')}; latencies timed per request (hrtime), store and API(s) asked in turn`);
  console.log(`| scenario | requests | store p50 ms | store p99 ms | ${apiCols}${baseCols} | failures |`);
  console.log(`|${' --- |'.repeat(4 + servers.length * 4 + (BASE ? 2 : 0) + 1)}`);
  [...FLOOR, ...SCENARIOS].forEach((s, i) => {
    const r = results[i];
    const floor = i < FLOOR.length;
    const api = r.api.map((a) => `${fmt(a.p50, 2)} | ${fmt(a.p99)} | ${fmt(a.cpuMs, 2)} | ${floor ? '' : `${fmt(a.p50 / r.direct.p50, 2)}x`}`).join(' | ');
    const base = BASE ? ` | ${fmt(r.pairRatio, 2)}x | ${r.identical}/${r.compared}` : '';
    console.log(`| ${s.name} | ${r.api[0].requests} | ${floor ? '' : fmt(r.direct.p50, 2)} | ${floor ? '' : fmt(r.direct.p99)} | ${api}${base} | ${r.api.map((a) => a.failures).join('/')}/${r.direct.failures} |`);
  });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
