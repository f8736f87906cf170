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

  const c0 = process.hrtime.bigint();
  const cli = spawnSync(process.execPath, [join(__dirname, '..', 'bin', 'cadregraph.js'), 'extract', '--json', dir], { maxBuffer: 1 << 30 });
  const cs = Number(process.hrtime.bigint() - c0) / 1e9;
  const lines = cli.stdout.toString().split('\n').filter(Boolean).length;

  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  console.log(`corpus: ${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB of text, ${people} people found`);
  console.log(`in-process, one core: ${(bytes / 1e6 / s).toFixed(2)} MB/s, ${(texts.length / s).toFixed(0)} articles/s, ${s.toFixed(2)} s (${(bytes / 1e6 / cpuS).toFixed(2)} MB per CPU-second), peak RSS ${rssMb.toFixed(0)} MB`);
  console.log(`command line (cadregraph extract --json DIR): ${(bytes / 1e6 / cs).toFixed(2)} MB/s, ${(lines / cs).toFixed(0)} articles/s, ${cs.toFixed(2)} s, exit ${cli.status}`);
} finally {
  if (!dirArg) rmSync(dir, { recursive: true, force: true });
}
