// The embedded store's writer alone: articles extracted once, in this process, then written into
// new stores in groups, each group size in turn (A B, then B A) so that a shared machine's load
// falls on each alike. Reports the process's CPU time per article (the checkpoint thread
// included) and the wall time of the writes.
//   npx tsx bench/store-writes.ts --corpus DIR [--articles 20000] [--groups 256,1024] [--rounds 2]
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { prepareHere } from '../src/ingest/prepare-article';
import { listArticleFiles } from '../src/sources/read-articles';
import type { GraphBatch } from '../src/store/graph-batch';
import { openSqliteStore } from '../src/store/sqlite/open';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

async function main() {
  const files = (await listArticleFiles(arg('corpus', '.bench/corpus-20000'))).slice(0, Number(arg('articles', '20000')));
  const groups = arg('groups', '256,1024').split(',').map(Number);
  const batches: GraphBatch[] = [];
  for (const f of files) batches.push((await prepareHere({ file: f.file, hasSidecar: f.hasSidecar, meta: {} })).batch);
  for (let round = 0; round < Number(arg('rounds', '2')); round++) {
    for (const group of round % 2 ? [...groups].reverse() : groups) {
      const data = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'store-writes-'));
      const store = openSqliteStore(data);
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < batches.length; i += group) await store.upsertBatches(batches.slice(i, i + group));
      await store.close();
      const cpu = process.cpuUsage(cpu0);
      const wall = (performance.now() - t0) / 1000;
      console.log(
        `groups of ${group}: ${wall.toFixed(1)} s, ${(batches.length / wall).toFixed(0)} articles/s; CPU ${((cpu.user + cpu.system) / 1000 / batches.length).toFixed(3)} ms per article ` +
          `(user ${(cpu.user / 1e6).toFixed(1)} s, system ${(cpu.system / 1e6).toFixed(1)} s)`,
      );
      rmSync(data, { recursive: true, force: true });
    }
  }
}

main();
