// API load benchmark: a generated graph (100,000 people, 300,000 meetings by default) written
// into a new embedded store as `cadregraph generate --people --meetings` writes it, then four reads through the HTTP API under autocannon and the same
// reads made directly against the store, so the API's overhead is a ratio.
//   npm run bench:api                                   builds .bench/api-100000-300000 once, then measures
//   npm run bench:api -- --people 5000 --meetings 15000 --seconds 5   a quick run
// Flags: --people N --meetings N --seconds S (per scenario) --connections C --seed N --rebuild
//   --data DIR   the graph's folder (default .bench/api-<people>-<meetings>), e.g. a copy migrated to a newer schema
import { spawn } from 'child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { cpus, totalmem } from 'os';
import { join } from 'path';
import { createInterface } from 'readline';
import { generateGraph, graphPopulation } from '../src/generate/graph';
import type { Official } from '../src/generate/population';
import { Rng } from '../src/generate/prng';
import { openEmbeddedStore, openGraphLoad } from '../src/store';
import type { GraphStore } from '../src/store/graph-store';
import { personId } from '../src/store/identity';
import { createLoaders } from '../src/api/loaders';
import { statesOn, today } from '../src/tenures';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (opts: object) => Promise<AutocannonResult>;
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
}

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

/** Inputs for each scenario, drawn once so that the API and the store answer the same questions. */
interface Workload {
  people: string[];
  provinces: string[];
  pairs: Array<[string, string]>;
}

async function workload(store: GraphStore): Promise<Workload> {
  const pop = graphPopulation({ people: PEOPLE, meetings: MEETINGS, seed: SEED });
  const rng = new Rng(SEED ^ 0x2545f491);
  const idOf = (o: Official) => personId(o.name, { province: o.group.province.name }, '');
  const people = Array.from({ length: 200 }, () => idOf(rng.pick(pop.people)));
  const provinces = [...new Set(pop.groups.map((g) => g.province.name))];
  // Pairs in one province whose shortest chain is 4 relationships: two shared meetings or a shared body.
  const pairs: Array<[string, string]> = [];
  for (let tries = 0; pairs.length < 20 && tries < 400; tries++) {
    const g = rng.pick(pop.groups);
    const a = idOf(rng.pick(g.members));
    const b = idOf(rng.pick(g.members));
    const path = a === b ? null : await store.shortestConnection(a, b, 8);
    if (path && path.steps.length >= 3 && path.steps.length <= 4) pairs.push([a, b]);
  }
  return { people, provinces, pairs };
}

interface Scenario {
  name: string;
  query: string;
  variables: (w: Workload, rng: Rng) => Record<string, unknown>;
  /** The same read made against the store, the way the resolvers' loaders batch it. */
  direct: (store: GraphStore, v: Record<string, unknown>) => Promise<unknown>;
}

const uniq = (xs: string[]) => [...new Set(xs)];

const SCENARIOS: Scenario[] = [
  {
    name: '(a) person with positions and meetings',
    query: `query ($id: ID!) { person(id: $id) { name gender
      positions { title current firstSeen lastSeen organization { name } sources { quote url publishedAt } }
      meetingsChaired(first: 20) { date title }
      meetingsAttended(first: 20) { roles meeting { date title } } } }`,
    variables: (w, rng) => ({ id: rng.pick(w.people) }),
    direct: async (store, v) => {
      const id = String(v.id);
      const [people, tenures, parts] = await Promise.all([store.getPeople([id]), store.tenuresOfPeople([id]), store.participationsOfPeople([id], { sources: false })]); // no Attendance sources shown
      const chaired = parts.filter((p) => p.chair).slice(0, 20).map((p) => p.meetingId);
      const attended = parts.slice(0, 20).map((p) => p.meetingId);
      return Promise.all([
        people,
        store.postHolders(uniq(tenures.map((t) => t.positionId))), // `current` reads each post whole
        store.getOrganizations(uniq(tenures.map((t) => t.organizationId))),
        store.getArticles(uniq(tenures.flatMap((t) => t.sources.map((s) => s.articleId)))),
        store.getMeetings(uniq([...chaired, ...attended])),
      ]);
    },
  },
  {
    name: '(b) 50 meetings with chairs and their positions',
    query: `query ($p: String) { meetings(filter: { province: $p }, first: 50) { totalCount edges { node { date title
      chairs { person { name positions { title organization { name } } } } } } } }`,
    variables: (w, rng) => ({ p: rng.pick(w.provinces) }),
    direct: async (store, v) => {
      const page = await store.findMeetings({ province: String(v.p) }, { limit: 50, offset: 0 });
      const parts = page.items.length ? await store.participationsOfMeetings(page.items.map((m) => m.id), { sources: false }) : [];
      const chairs = uniq(parts.filter((p) => p.chair).map((p) => p.personId));
      if (!chairs.length) return page;
      // The query shows no sources of the chairs or their titles, so the loaders read them without (no quotes).
      const [people, tenures] = await Promise.all([store.getPeople(chairs), store.tenuresOfPeople(chairs, { sources: false, citations: false })]);
      return [people, await store.getOrganizations(uniq(tenures.map((t) => t.organizationId)))];
    },
  },
  {
    name: '(c) holders of a title in a province',
    query: `query ($p: String) { holders(title: "Phó Bí thư Thường trực", province: $p) { title current firstSeen lastSeen
      person { name } organization { name } sources { quote } } }`,
    variables: (w, rng) => ({ p: rng.pick(w.provinces) }),
    direct: async (store, v) => {
      // As the resolver: every holder without sources, their posts' states today (the `post`
      // loader: postHolders and the bodies' kinds), then the holding ones' people, bodies and sources.
      const tenures = await store.holders({ title: 'Phó Bí thư Thường trực', province: String(v.p), sources: false });
      if (!tenures.length) return tenures;
      const loaders = createLoaders(store);
      const on = today();
      const posts = await loaders.post.loadMany(uniq(tenures.map((t) => t.positionId)));
      const states = new Map(posts.map((p) => (p instanceof Error ? null : [p.positionId, statesOn(p, on)] as const)).filter((x) => x !== null));
      const shown = tenures.filter((t) => states.get(t.positionId)?.get(t.personId)?.state === 'HOLDING');
      if (!shown.length) return shown;
      return Promise.all([
        store.getPeople(uniq(shown.map((t) => t.personId))),
        loaders.organization.loadMany(uniq(shown.map((t) => t.organizationId))),
        store.tenuresOfPeople(uniq(shown.map((t) => t.personId))),
      ]);
    },
  },
  {
    name: '(d) connection, 4 relationships apart',
    query: `query ($a: ID!, $b: ID!) { connection(from: $a, to: $b, maxHops: 4) { length nodes { id kind label } steps { relation sources { quote } } } }`,
    variables: (w, rng) => {
      const [a, b] = rng.pick(w.pairs);
      return { a, b };
    },
    direct: (store, v) => store.shortestConnection(String(v.a), String(v.b), 4),
  },
];

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  failures: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** The store under the same concurrency as autocannon: C loops, each issuing one read after another. */
async function measureDirect(store: GraphStore, s: Scenario, w: Workload): Promise<Figures> {
  const rng = new Rng(SEED + 1);
  const latencies: number[] = [];
  let failures = 0;
  const end = Date.now() + SECONDS * 1000;
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (Date.now() < end) {
      const start = process.hrtime.bigint();
      try {
        await s.direct(store, s.variables(w, rng));
      } catch {
        failures++;
      }
      latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), requests: latencies.length, failures };
}

async function measureApi(url: string, s: Scenario, w: Workload): Promise<Figures> {
  const rng = new Rng(SEED + 1);
  // One request checked by hand first: a benchmark of errors would measure nothing.
  const probe = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: s.query, variables: s.variables(w, rng) }) });
  const body = (await probe.json()) as { errors?: Array<{ message: string }> };
  if (body.errors) throw new Error(`${s.name}: ${body.errors[0].message}`);
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [{
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req: object) => ({ ...req, body: JSON.stringify({ query: s.query, variables: s.variables(w, rng) }) }),
    }],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total, failures: result.non2xx + result.errors };
}

async function startApiProcess(): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(join(__dirname, '..', 'node_modules', '.bin', 'tsx'), [join(__dirname, 'api-serve.ts'), dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the API process exited with ${code}`)));
  });
  return {
    url,
    stop: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

(async () => {
  console.log(`machine: ${cpus().length} cores ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}`);
  if (process.argv.includes('--rebuild') || !existsSync(marker)) {
    console.log(`building ${PEOPLE} people, ${MEETINGS} meetings into ${dataDir} ...`);
    await build();
  }
  const loaded = JSON.parse(readFileSync(marker, 'utf8'));
  console.log(`graph: ${JSON.stringify(loaded.nodes)}; relationships ${JSON.stringify(loaded.relationships)}`);
  console.log(`built in ${fmt(loaded.totalSeconds)} s from ${loaded.articles} articles; ${fmt(loaded.bytes / 2 ** 20, 0)} MiB on disk`);

  const store = await openEmbeddedStore(dataDir);
  const w = await workload(store);
  console.log(`workload: ${w.people.length} people, ${w.provinces.length} provinces, ${w.pairs.length} pairs 3-4 relationships apart; ${CONNECTIONS} connections, ${SECONDS} s each`);
  if (!w.pairs.length) throw new Error('no pair of people 3-4 relationships apart was found');
  const direct: Figures[] = [];
  for (const s of SCENARIOS) {
    await measureDirect(store, s, w); // warm the page cache and the prepared statements
    direct.push(await measureDirect(store, s, w));
  }
  await store.close();

  const api = await startApiProcess();
  const viaApi: Figures[] = [];
  try {
    for (const s of SCENARIOS) {
      await measureApi(api.url, { ...s }, w);
      viaApi.push(await measureApi(api.url, s, w));
    }
  } finally {
    await api.stop();
  }

  console.log('\n| scenario | API req/s | API p50 ms | API p99 ms | store req/s | store p50 ms | store p99 ms | p50 ratio | failures |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  SCENARIOS.forEach((s, i) => {
    const a = viaApi[i];
    const d = direct[i];
    console.log(`| ${s.name} | ${fmt(a.rps, 0)} | ${fmt(a.p50)} | ${fmt(a.p99)} | ${fmt(d.rps, 0)} | ${fmt(d.p50)} | ${fmt(d.p99)} | ${fmt(a.p50 / d.p50, 2)}x | ${a.failures}/${d.failures} |`);
  });
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
