// The writer alone: articles extracted once, in this process, then written into fresh stores in
// groups, configurations alternating (A B A B) so that a shared machine's load falls on both alike.
// Reports the process's CPU time per article (the checkpoint thread included) and wall time.
//   npx tsx bench/store-writes.ts CORPUS_DIR [N] [ROUNDS]      configurations from env CG_A / CG_B (JSON env objects)
import { mkdtempSync, rmSync } from 'fs';
import { join } from 'path';
import { listArticleFiles } from '../src/sources/read-articles';
import { prepareHere } from '../src/ingest/prepare-article';
import { openSqliteStore } from '../src/store/sqlite/open';
import type { GraphBatch } from '../src/store/graph-batch';

async function main() {
  const [dir, n = '20000', rounds = '2'] = process.argv.slice(2);
  const files = (await listArticleFiles(dir)).slice(0, Number(n));
  const batches: GraphBatch[] = [];
  for (const f of files) batches.push((await prepareHere({ file: f.file, hasSidecar: f.hasSidecar, meta: {} })).batch);
  const configs: Array<[string, Record<string, string>]> = [['A', JSON.parse(process.env.CG_A ?? '{}')], ['B', JSON.parse(process.env.CG_B ?? '{}')]];
  for (let r = 0; r < Number(rounds); r++) {
    for (const [name, env] of r % 2 ? [...configs].reverse() : configs) {
      const saved = { ...process.env };
      Object.assign(process.env, env);
      const data = mkdtempSync('/work/wbench/d-');
      const store = openSqliteStore(data);
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const g = Number(process.env.CG_GROUP ?? 256);
      for (let i = 0; i < batches.length; i += g) {
        await store.upsertBatches(batches.slice(i, i + g));
        
      }
      await store.close();
      const cpu = process.cpuUsage(cpu0);
      const wall = performance.now() - t0;
      process.env = saved;
      console.log(`${name} ${JSON.stringify(env)}: ${(wall / 1000).toFixed(1)} s wall, CPU ${((cpu.user + cpu.system) / 1000 / batches.length).toFixed(3)} ms/article (user ${(cpu.user / 1e6).toFixed(1)} s, sys ${(cpu.system / 1e6).toFixed(1)} s), ${(batches.length / wall * 1000).toFixed(0)} articles/s`);
      rmSync(data, { recursive: true, force: true });
    }
  }
}
main();
