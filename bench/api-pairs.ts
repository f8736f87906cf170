// The API's own cost without HTTP, paired: this tree's GraphQL engine and a baseline checkout's
// (each with its own store code, on the same graph file) and the scenario's direct store reads,
// asked each input in turn in one process, the order rotating. CPU per request comes from
// process.cpuUsage around each request (one thread: the store is synchronous), so the machine's
// other load changes waits, not these figures.
//   npx tsx bench/api-pairs.ts --data DIR --base DIR [--scenario b] [--requests 400]
import { join, resolve } from 'path';
import { loadavg } from 'os';
import { readFileSync } from 'fs';
import { Rng } from '../src/generate/prng';
import { DEFAULT_STALE_MONTHS } from '../src/tenures';
import { SCENARIOS, workload } from './api-scenarios';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const DATA = arg('data', '');
const BASE = resolve(arg('base', ''));
const REQUESTS = Number(arg('requests', '400'));
const WARM = 200;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

(async () => {
  if (!DATA || !arg('base', '')) throw new Error('usage: bench/api-pairs.ts --data DIR --base DIR [--scenario a|b|c|d] [--requests N]');
  const sides = await Promise.all([join(__dirname, '..'), BASE].map(async (tree) => {
    const { openEmbeddedStore } = require(join(tree, 'src', 'store'));
    const { createApollo, requestContext } = require(join(tree, 'src', 'api', 'apollo'));
    const store = await openEmbeddedStore(DATA);
    return { store, apollo: await createApollo({ debug: false }), requestContext };
  }));
  const loaded = JSON.parse(readFileSync(join(DATA, 'loaded.json'), 'utf8'));
  const w = await workload(sides[0].store, { people: loaded.people ?? 100_000, meetings: loaded.meetings ?? 300_000, seed: 7 });
  const which = arg('scenario', '');
  console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; ${REQUESTS} inputs after ${WARM} of warm-up; this tree, ${BASE}, the direct reads in turn`);
  console.log('| scenario | identical answers | this CPU ms/req | base CPU ms/req | direct CPU ms/req | this/base CPU | this p50 ms | base p50 ms | direct p50 ms | this/direct p50 | base/direct p50 |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const s of SCENARIOS.filter((x) => !which || x.name.startsWith(`(${which})`))) {
    const rng = new Rng(8);
    const cpu: number[][] = [[], [], []];
    const wall: number[][] = [[], [], []];
    let same = 0;
    for (let i = 0; i < REQUESTS + WARM; i++) {
      const variables = s.variables(w, rng);
      const answers: string[] = [];
      for (let k = 0; k < 3; k++) {
        const j = (i + k) % 3;
        const c0 = process.cpuUsage();
        const t0 = process.hrtime.bigint();
        if (j === 2) await s.direct(sides[0].store, variables);
        else {
          const x = sides[j];
          const contextValue = x.requestContext(x.store, { writeKeys: [], readKeys: [] }, undefined, { staleMonths: DEFAULT_STALE_MONTHS });
          const r = await x.apollo.executeOperation({ query: s.query, variables }, { contextValue });
          answers[j] = JSON.stringify(r.body.singleResult);
        }
        const c = process.cpuUsage(c0);
        if (i >= WARM) {
          cpu[j].push((c.user + c.system) / 1000);
          wall[j].push(Number(process.hrtime.bigint() - t0) / 1e6);
        }
      }
      if (i >= WARM && answers[0] === answers[1] && !answers[0].includes('"errors"')) same++;
    }
    const f = (n: number) => n.toFixed(2);
    console.log(`| ${s.name} | ${same}/${REQUESTS} | ${f(mean(cpu[0]))} | ${f(mean(cpu[1]))} | ${f(mean(cpu[2]))} | ${f(mean(cpu[0]) / mean(cpu[1]))}x | ${f(median(wall[0]))} | ${f(median(wall[1]))} | ${f(median(wall[2]))} | ${f(median(wall[0]) / median(wall[2]))}x | ${f(median(wall[1]) / median(wall[2]))}x |`);
  }
  await Promise.all(sides.map(async (x) => {
    await x.apollo.stop();
    await x.store.close();
  }));
  process.exit(0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
