// Ingestion speed, whole process: `cadregraph ingest` (the built CLI) run as a child process over
// a generated corpus, timed from spawn to exit; articles/s overall and for each tenth of the run
// (does the rate fall as the graph grows?), CPU time per article and peak RSS of that process
// (its worker threads included; CPU time says little about load from other processes, the
// rates say a lot) and the data folder's size. With NEO4J_URI set the CLI writes to Neo4j instead.
//   npm run bench:ingest                                   20,000 generated articles (seed 42), written once to .bench/
//   npm run bench:ingest -- --articles 100000              the large corpus
//   npm run bench:ingest -- --workers 0,2 --group 256      runs in turn on the same corpus (main thread, then 2 workers)
//   npm run bench:ingest -- --workers 0,2 --rounds 3      three rounds, alternating the order (shared machines)
//   npm run bench:ingest -- --no-store                     in this process, into a store that keeps nothing: what
//                                                          reading and extraction alone allow
import { execFileSync, spawn } from 'child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'fs';
import { cpus, loadavg, totalmem } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { writeCorpus } from '../src/generate/writer';
import { DEFAULT_GROUP_SIZE, defaultWorkerCount, ingestPaths } from '../src/ingest';
import type { GraphStore, UpsertResult } from '../src/store/graph-store';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const articles = Number(arg('articles', '20000'));
const workerCounts = arg('workers', String(defaultWorkerCount())).split(',').map(Number);
const group = Number(arg('group', String(DEFAULT_GROUP_SIZE)));
const rounds = Number(arg('rounds', '1'));
const ROOT = join(__dirname, '..');
const benchDir = join(ROOT, '.bench');
const corpus = join(benchDir, `corpus-${articles}`);

interface Sample {
  at: number;
  done: number;
}

/** Articles/s within each tenth of the run, between the first outcome lines that cross its bounds
 * (outcomes come a group at a time, so this needs tenths of several groups). */
function tenths(samples: Sample[], total: number): number[] {
  if (total / 10 < 4 * group) return [];
  const at = (count: number) => samples.find((s) => s.done >= count) ?? samples[samples.length - 1];
  return Array.from({ length: 10 }, (_, k) => {
    const a = k === 0 ? samples[0] : at((k * total) / 10);
    const b = at(((k + 1) * total) / 10);
    return b.at > a.at ? (b.done - a.done) / (b.at - a.at) : NaN;
  });
}

function report(r: Awaited<ReturnType<typeof run>>): number {
  const s = r.summary;
  console.log(
    `workers ${r.workers}: ${s.stored} stored, ${s.alreadyPresent} present, ${s.failed.length} failed in ${r.seconds.toFixed(1)} s = ${(s.stored / r.seconds).toFixed(0)} articles/s whole process; ` +
      `first outcome after ${r.firstOutcome.toFixed(1)} s; ` +
      (r.byTenth.length ? `by tenth ${r.byTenth.map((x) => x.toFixed(0)).join(', ')} articles/s (last/first ${(r.byTenth[9] / r.byTenth[0]).toFixed(2)}); ` : 'tenths too small for groups of this size; ') +
      `${s.nodesCreated} nodes, ${s.relationshipsCreated} relationships; CPU ${r.cpuMsPerArticle.toFixed(2)} ms per article (all threads), main thread busy ${(r.mainBusy * 100).toFixed(0)}%; peak RSS ${r.rss.toFixed(0)} MB; on disk ${r.size} MB`,
  );
  return r.seconds;
}

async function run(workers: number) {
  const data = join(benchDir, 'ingest-data');
  const usageFile = join(benchDir, 'ingest-usage.json');
  rmSync(data, { recursive: true, force: true });
  rmSync(usageFile, { force: true });
  const args = ['-r', join(__dirname, 'report-usage.js'), join(ROOT, 'bin', 'cadregraph.js'), 'ingest', corpus, '--data', data, '--json', '--workers', String(workers), '--group', String(group)];
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, BENCH_USAGE_FILE: usageFile }, stdio: ['ignore', 'pipe', 'pipe'] });
  const samples: Sample[] = [];
  let done = 0;
  let partial = '';
  child.stderr.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop()!;
    done += lines.filter((l) => /^(stored|present|failed) /.test(l)).length;
    samples.push({ at: (performance.now() - t0) / 1000, done });
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0 && code !== 1) throw new Error(`ingest exited with ${code}: ${partial}`);
  const summary = JSON.parse(out);
  const byTenth = tenths(samples, done);
  const usage = existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, 'utf8')) : { maxRSS: NaN, cpu: NaN, mainBusy: NaN };
  const size = process.env.NEO4J_URI ? 'n/a' : execFileSync('du', ['-sm', data]).toString().split('\t')[0];
  return { workers, seconds, summary, byTenth, firstOutcome: samples[0]?.at ?? NaN, rss: usage.maxRSS / 1024, cpuMsPerArticle: usage.cpu / 1000 / summary.stored, mainBusy: usage.mainBusy as number, size };
}

/** Reading and extraction alone: the same pipeline into a store that keeps nothing. */
async function runWithoutStore(workers: number) {
  let n = 0;
  const result = (): UpsertResult => ({ articleId: String(n++), created: true }) as UpsertResult;
  const store = {
    stats: async () => ({ nodes: {}, relationships: {} }),
    upsertBatches: async (batches: unknown[]) => batches.map(result),
  } as unknown as GraphStore;
  const t0 = performance.now();
  const elu = performance.eventLoopUtilization();
  const s = await ingestPaths(store, [corpus], { workers, groupSize: group });
  const seconds = (performance.now() - t0) / 1000;
  const busy = performance.eventLoopUtilization(elu).utilization;
  console.log(
    `no store, workers ${workers}: ${s.stored} articles in ${seconds.toFixed(1)} s = ${(s.stored / seconds).toFixed(0)} articles/s ` +
      `(in process, workers' start-up included); main thread busy ${(busy * 100).toFixed(0)}% of the time`,
  );
  return seconds;
}

(async () => {
  if (!existsSync(corpus) || readdirSync(corpus).length === 0) {
    mkdirSync(corpus, { recursive: true });
    const g0 = performance.now();
    writeCorpus({ out: corpus, articles, seed: 42 });
    console.log(`generated ${articles} articles in ${((performance.now() - g0) / 1000).toFixed(0)} s`);
  }
  const load = () => loadavg().map((l) => l.toFixed(2)).join(', ');
  const noStore = process.argv.includes('--no-store');
  // The child runs the built CLI: build it from these sources first so it is never stale.
  if (!noStore) execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  console.log(`machine: ${cpus().length} cores ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; corpus ${articles} articles; groups of ${group}; load average ${load()}`);
  // Several rounds, in alternating order, so that a change of load on a shared machine falls on
  // both sides of each ratio.
  const seconds = new Map<number, number[]>(workerCounts.map((w) => [w, []]));
  for (let round = 0; round < rounds; round++) {
    for (const w of round % 2 ? [...workerCounts].reverse() : workerCounts) {
      const took = noStore ? await runWithoutStore(w) : report(await run(w));
      seconds.get(w)!.push(took);
    }
    console.log(`  load average ${load()}`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const base = seconds.get(workerCounts[0])!;
  for (const w of workerCounts.slice(1)) {
    const ratios = seconds.get(w)!.map((t, i) => base[i] / t);
    console.log(`workers ${w} / workers ${workerCounts[0]}: ${median(ratios).toFixed(2)}x articles/s (median of ${rounds}; ${ratios.map((r) => r.toFixed(2)).join(', ')})`);
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
