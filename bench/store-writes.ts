// The embedded store's writer alone: articles extracted once, in this process, then written into
// new stores in groups, each group size in turn (A B, then B A) so that a shared machine's load
// falls on each alike. Reports the process's CPU time per article (the checkpoint thread
// included), the wall time of the writes, and the bytes the commits appended to the WAL.
//   npx tsx bench/store-writes.ts --corpus DIR [--articles 20000] [--skip 0] [--groups 256,1024] [--rounds 2] [--base FILE]
// --base FILE: each store starts as a copy of FILE (a graph.sqlite), migrated to this version's
// schema when it opens, before the clock starts: the writer's rate into a graph already large
// (issue 11: it must not fall as the graph grows). --skip N leaves out the corpus's first N
// articles (those a base graph may already hold).
import { copyFileSync, mkdtempSync, openSync, readSync, closeSync, rmSync } from 'fs';
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

/**
 * Frames in the WAL now, the page size and the log's salt (of the wal-index header in the -shm
 * file): the log starts over (a new salt) only when a write transaction begins, so read after each
 * commit it tells what that commit appended.
 */
function walFrames(db: string): [frames: number, pageSize: number, salt: number] {
  const fd = openSync(`${db}-shm`, 'r');
  try {
    const header = Buffer.alloc(36);
    readSync(fd, header, 0, 36, 0);
    return [header.readUInt32LE(16), header.readUInt16LE(14), header.readUInt32LE(32)];
  } finally {
    closeSync(fd);
  }
}

async function main() {
  const skip = Number(arg('skip', '0'));
  const files = (await listArticleFiles(arg('corpus', '.bench/corpus-20000'))).slice(skip, skip + Number(arg('articles', '20000')));
  const groups = arg('groups', '256,1024').split(',').map(Number);
  const base = arg('base', '');
  const batches: GraphBatch[] = [];
  for (const f of files) batches.push((await prepareHere({ file: f.file, hasSidecar: f.hasSidecar, meta: {} })).batch);
  for (let round = 0; round < Number(arg('rounds', '2')); round++) {
    for (const group of round % 2 ? [...groups].reverse() : groups) {
      const data = mkdtempSync(join(process.env.BENCH_DIR ?? tmpdir(), 'store-writes-'));
      const file = join(data, 'graph.sqlite');
      if (base) copyFileSync(base, file);
      const store = openSqliteStore(data);
      let bytes = 0;
      let created = 0;
      let [last, , lastSalt] = walFrames(file);
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const each: string[] = [];
      for (let i = 0; i < batches.length; i += group) {
        const groupCpu = process.cpuUsage();
        created += (await store.upsertBatches(batches.slice(i, i + group))).filter((r) => r.created).length;
        const [now, pageSize, salt] = walFrames(file);
        const appended = (salt === lastSalt ? now - last : now) * (pageSize + 24);
        bytes += appended;
        [last, lastSalt] = [now, salt];
        const used = process.cpuUsage(groupCpu);
        each.push(`${((used.user + used.system) / 1000 / Math.min(group, batches.length - i)).toFixed(2)} ms ${(appended / 2 ** 20).toFixed(0)} MB`);
      }
      await store.close();
      const cpu = process.cpuUsage(cpu0);
      const wall = (performance.now() - t0) / 1000;
      console.log(
        `groups of ${group}${base ? ` into ${base}` : ''}: ${created} new; ${wall.toFixed(1)} s, ${(batches.length / wall).toFixed(0)} articles/s; CPU ${((cpu.user + cpu.system) / 1000 / batches.length).toFixed(3)} ms per article ` +
          `(user ${(cpu.user / 1e6).toFixed(1)} s, system ${(cpu.system / 1e6).toFixed(1)} s); WAL ${(bytes / 2 ** 20).toFixed(0)} MB\n  each group: ${each.join(', ')}`,
      );
      rmSync(data, { recursive: true, force: true });
    }
  }
}

main();
