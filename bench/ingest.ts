// Ingestion speed: articles/s from text files into the embedded store (extraction included),
// peak memory and size on disk; the same against Neo4j when NEO4J_URI is set.
//   npm run bench:ingest                      10,000 generated articles (seed 42), written once to .bench/
//   npm run bench:ingest -- --articles 2000   a smaller corpus
import { execSync } from 'child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'fs';
import { cpus, totalmem } from 'os';
import { join } from 'path';
import { writeCorpus } from '../src/generate/writer';
import { ingestPaths } from '../src/ingest';
import { openEmbeddedStore, openStore } from '../src/store';
import type { GraphStore } from '../src/store/graph-store';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const articles = arg('articles', 10_000);
const root = join(__dirname, '..', '.bench');
const corpus = join(root, `corpus-${articles}`);

async function run(label: string, store: GraphStore, dataDir: string | null) {
  const t0 = process.hrtime.bigint();
  let done = 0;
  // The rate every 1,000 articles shows whether writes slow down as the graph grows.
  const summary = await ingestPaths(store, [corpus], {
    onArticle: () => {
      if (++done % 1000 === 0) console.log(`  ${done} articles, ${(done / (Number(process.hrtime.bigint() - t0) / 1e9)).toFixed(0)} articles/s so far`);
    },
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const stats = await store.stats();
  await store.close();
  const size = dataDir ? execSync(`du -sm ${JSON.stringify(dataDir)}`).toString().split('\t')[0] : 'n/a';
  const nodes = Object.values(stats.nodes).reduce((a, b) => a + b, 0);
  const rels = Object.values(stats.relationships).reduce((a, b) => a + b, 0);
  console.log(`${label}: ${summary.stored} stored, ${summary.failed.length} failed in ${seconds.toFixed(1)} s = ${(summary.stored / seconds).toFixed(0)} articles/s; ` +
    `${nodes} nodes, ${rels} relationships; on disk ${size} MB`);
}

(async () => {
  if (!existsSync(corpus) || readdirSync(corpus).length === 0) {
    mkdirSync(corpus, { recursive: true });
    writeCorpus({ out: corpus, articles, seed: 42 });
  }
  console.log(`machine: ${cpus().length} cores ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; corpus ${articles} articles`);
  const data = join(root, 'ingest-data');
  rmSync(data, { recursive: true, force: true });
  await run('embedded (SQLite)', await openEmbeddedStore(data), data);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  if (process.env.NEO4J_URI) await run('Neo4j', await openStore({}), null);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
