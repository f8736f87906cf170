// The store reads of bench:api's (b) and (c), paired in one process: a baseline checkout of the
// project (another tree, e.g. `git archive <commit> | tar -x -C /tmp/base`, node_modules linked)
// on its graph folder, and this tree on its own (the same graph, migrated if the schema moved).
// Every input is asked of both, alternating which goes first, so the machine's load falls on both.
//   npx tsx bench/store-pairs.ts --base /tmp/base --base-data .bench/api-100000-300000 --data .bench/v2 [--rounds 3]
import { resolve } from 'path';
import type { GraphStore } from '../src/store/graph-store';
import { openEmbeddedStore } from '../src/store';

const arg = (name: string, fallback?: string) => {
  const i = process.argv.indexOf(`--${name}`);
  if (i > 0) return process.argv[i + 1];
  if (fallback === undefined) throw new Error(`--${name} is needed`);
  return fallback;
};
const rounds = Number(arg('rounds', '3'));

(async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const baseline = require(resolve(arg('base'), 'src', 'store')) as { openEmbeddedStore: typeof openEmbeddedStore };
  const before = await baseline.openEmbeddedStore(resolve(arg('base-data')));
  const after = await openEmbeddedStore(resolve(arg('data')));
  const provinces = (await after.provinces()).map((p) => p.name);
  const pages: string[][] = [];
  const chairs: string[][] = [];
  for (const p of provinces) {
    pages.push((await after.findMeetings({ province: p }, { limit: 50, offset: 0 })).items.map((m) => m.id));
    const parts = await after.participationsOfMeetings(pages.at(-1)!);
    chairs.push([...new Set(parts.filter((x) => x.chair).map((x) => x.personId))]);
  }
  // What the API reads for (b)'s titles: without sources (as the baseline can too).
  const titles = (s: GraphStore, ids: string[]) => s.tenuresOfPeople(ids, { sources: false });
  const reads: Record<string, (s: GraphStore, i: number) => Promise<unknown>> = {
    'participationsOfMeetings (a page of 50)': (s, i) => s.participationsOfMeetings(pages[i]),
    "tenuresOfPeople (a page's chairs), with sources": (s, i) => s.tenuresOfPeople(chairs[i]),
    "tenuresOfPeople (a page's chairs), as (b) reads them": (s, i) => titles(s, chairs[i]),
    'holders("Phó Bí thư Thường trực", province)': (s, i) => s.holders({ title: 'Phó Bí thư Thường trực', province: provinces[i] }),
    'tenuresOfPeople (one chair)': (s, i) => s.tenuresOfPeople(chairs[i].slice(0, 1)),
    // The API's title lists since the summed-up read (a baseline without it reads the citations).
    "tenuresOfPeople (a page's chairs), as (b) reads them now": (s, i) => s.tenuresOfPeople(chairs[i], { sources: false, citations: false }),
    // As the API reads them since the reads without sources (a baseline without them reads them whole).
    'participationsOfMeetings (a page of 50), as (b) reads them': (s, i) => (s === after ? s.participationsOfMeetings(pages[i], { sources: false }) : s.participationsOfMeetings(pages[i])),
    'holders(...), as (c) reads them': (s, i) => s.holders({ title: 'Phó Bí thư Thường trực', province: provinces[i], ...(s === after ? { sources: false } : {}) }),
  };
  const time = async (f: () => Promise<unknown>) => {
    const start = process.hrtime.bigint();
    await f();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const at = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  console.log('| read | before p50 ms | before p99 ms | after p50 ms | after p99 ms | p50 after/before |\n| --- | --- | --- | --- | --- | --- |');
  for (const [name, read] of Object.entries(reads)) {
    for (let i = 0; i < provinces.length; i++) await Promise.all([read(before, i), read(after, i)]); // warm-up
    const tb: number[] = [];
    const ta: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < provinces.length; i++) {
        const first = (r + i) % 2 ? before : after;
        const [a, b] = [await time(() => read(first, i)), await time(() => read(first === before ? after : before, i))];
        (first === before ? tb : ta).push(a);
        (first === before ? ta : tb).push(b);
      }
    }
    tb.sort((a, b) => a - b);
    ta.sort((a, b) => a - b);
    console.log(`| ${name} | ${at(tb, 0.5).toFixed(1)} | ${at(tb, 0.99).toFixed(1)} | ${at(ta, 0.5).toFixed(1)} | ${at(ta, 0.99).toFixed(1)} | ${(at(ta, 0.5) / at(tb, 0.5)).toFixed(2)}x |`);
  }
  let same = 0;
  const compared = ['participationsOfMeetings (a page of 50)', "tenuresOfPeople (a page's chairs), with sources", 'holders("Phó Bí thư Thường trực", province)'];
  for (const name of compared) {
    for (let i = 0; i < provinces.length; i++) {
      if (JSON.stringify(await reads[name](before, i)) === JSON.stringify(await reads[name](after, i))) same++;
      else console.log(`different answers: ${name}, ${provinces[i]}`);
    }
  }
  console.log(`identical answers: ${same} of ${compared.length * provinces.length}`);
  await before.close();
  await after.close();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
