// Extraction speed on one core: MB/s of article text and articles/s over a generated corpus,
// in-process and through the command line, with peak memory. Run: npm run bench:extract [-- N]
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir, cpus } from 'os';
import { join } from 'path';
import { spawnSync } from 'child_process';
import { loadLexiconData } from '../src/lexicon/load';
import { createCorpus } from '../src/generate/corpus';
import { extractArticle, getLexicon } from '../src/extract';

const n = Number(process.argv[2] ?? 5000);
const dir = mkdtempSync(join(tmpdir(), 'bench-extract-'));
try {
  const corpus = createCorpus(42, n, loadLexiconData());
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `a-${String(i).padStart(6, '0')}.txt`), corpus.article(i).text);
  const files = readdirSync(dir).map((f) => join(dir, f));
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  getLexicon();
  for (const t of texts.slice(0, 200)) extractArticle({ file: 'warm', text: t, format: 'text', meta: {} });
  const t0 = process.hrtime.bigint();
  let facts = 0;
  for (let i = 0; i < texts.length; i++) facts += extractArticle({ file: files[i], text: texts[i], format: 'text', meta: {} }).people.length;
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const rssMb = process.resourceUsage().maxRSS / 1024;

  const c0 = process.hrtime.bigint();
  const cli = spawnSync(process.execPath, [join(__dirname, '..', 'bin', 'cadregraph.js'), 'extract', '--json', dir], { maxBuffer: 1 << 30 });
  const cs = Number(process.hrtime.bigint() - c0) / 1e9;
  const lines = cli.stdout.toString().split('\n').filter(Boolean).length;

  console.log(`machine: ${cpus()[0]?.model ?? 'unknown'}, node ${process.version}`);
  console.log(`corpus: ${n} generated articles, ${(bytes / 1e6).toFixed(2)} MB, ${facts} people found`);
  console.log(`in-process, one core: ${(bytes / 1e6 / s).toFixed(2)} MB/s, ${(n / s).toFixed(0)} articles/s, peak RSS ${rssMb.toFixed(0)} MB`);
  console.log(`command line (cadregraph extract --json DIR, incl. start-up and JSON output): ${(bytes / 1e6 / cs).toFixed(2)} MB/s, ${(lines / cs).toFixed(0)} articles/s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
