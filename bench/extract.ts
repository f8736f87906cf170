// Extraction speed on one core: MB/s of article text and articles/s over a generated corpus, in
// process and through the command line, with peak memory. Not part of `npm test`.
//   npm run bench:extract                 5,000 generated articles (seed 42) in a temporary folder
//   npm run bench:extract -- 20000        another size
//   npm run bench:extract -- --dir DIR    reuse a corpus written by `cadregraph generate`
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { cpus, tmpdir, totalmem } from 'os';
import { join } from 'path';
import { spawnSync } from 'child_process';
import { writeCorpus } from '../src/generate/writer';
import { extractArticle, getLexicon } from '../src/extract';

// The in-process loop for dist/: argv = [node, dist/extract, corpus folder]; prints seconds and CPU seconds.
const DIST_LOOP = `
const { readdirSync, readFileSync, existsSync } = require('fs');
const { join } = require('path');
const { extractArticle, getLexicon } = require(process.argv[1]);
const dir = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
const inputs = files.map((f) => {
  const m = f.replace(/\\.txt$/, '.meta.json');
  return { file: f, text: readFileSync(f, 'utf8'), format: 'text', meta: existsSync(m) ? JSON.parse(readFileSync(m, 'utf8')) : {} };
});
getLexicon();
for (let i = 0; i < Math.min(200, inputs.length); i++) extractArticle(inputs[i]);
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
for (const input of inputs) extractArticle(input);
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ s: Number(process.hrtime.bigint() - t0) / 1e9, cpuS: (c.user + c.system) / 1e6 }));
`;

const args = process.argv.slice(2);
const dirArg = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : null;
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 5000);
const dir = dirArg ?? mkdtempSync(join(tmpdir(), 'bench-extract-'));
try {
  if (!dirArg) {
    const g0 = process.hrtime.bigint();
    writeCorpus({ out: dir, articles: n, seed: 42 });
    console.log(`generated ${n} articles in ${(Number(process.hrtime.bigint() - g0) / 1e9).toFixed(1)} s`);
  } else if (!existsSync(dir)) throw new Error(`no such folder: ${dir}`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const metas = files.map((f) => {
    const m = f.replace(/\.txt$/, '.meta.json');
    return existsSync(m) ? JSON.parse(readFileSync(m, 'utf8')) : {};
  });
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  getLexicon();
  for (let i = 0; i < Math.min(200, texts.length); i++) extractArticle({ file: files[i], text: texts[i], format: 'text', meta: metas[i] });

  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let people = 0;
  for (let i = 0; i < texts.length; i++) people += extractArticle({ file: files[i], text: texts[i], format: 'text', meta: metas[i] }).people.length;
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  // CPU time as well: on a shared machine the wall clock says more about the neighbours than about us.
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const rssMb = process.resourceUsage().maxRSS / 1024;

  // The same loop over the compiled dist/ in a plain node process, as the command line, ingestion and
  // the server run it: tsx compiles the sources differently (it keeps every local closure's name),
  // and the two figures need not move together.
  const built = spawnSync(process.execPath, ['-e', DIST_LOOP, join(__dirname, '..', 'dist', 'extract'), dir], { maxBuffer: 1 << 26 });
  const dist = built.status === 0 ? (JSON.parse(built.stdout.toString()) as { s: number; cpuS: number }) : null;

  const c0 = process.hrtime.bigint();
  const cli = spawnSync(process.execPath, [join(__dirname, '..', 'bin', 'cadregraph.js'), 'extract', '--json', dir], { maxBuffer: 1 << 30 });
  const cs = Number(process.hrtime.bigint() - c0) / 1e9;
  const lines = cli.stdout.toString().split('\n').filter(Boolean).length;

  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  console.log(`corpus: ${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB of text, ${people} people found`);
  console.log(`in-process, one core: ${(bytes / 1e6 / s).toFixed(2)} MB/s, ${(texts.length / s).toFixed(0)} articles/s, ${s.toFixed(2)} s (${(bytes / 1e6 / cpuS).toFixed(2)} MB per CPU-second), peak RSS ${rssMb.toFixed(0)} MB`);
  if (dist) console.log(`in-process, built dist/ in plain node: ${(bytes / 1e6 / dist.s).toFixed(2)} MB/s, ${(texts.length / dist.s).toFixed(0)} articles/s, ${dist.s.toFixed(2)} s (${(bytes / 1e6 / dist.cpuS).toFixed(2)} MB per CPU-second)`);
  else console.log(`in-process, built dist/: not run (${built.stderr.toString().split('\n')[0] || 'build dist/ first'})`);
  console.log(`command line (cadregraph extract --json DIR): ${(bytes / 1e6 / cs).toFixed(2)} MB/s, ${(lines / cs).toFixed(0)} articles/s, ${cs.toFixed(2)} s, exit ${cli.status}`);
} finally {
  if (!dirArg) rmSync(dir, { recursive: true, force: true });
}
