import type { Command } from 'commander';
import { writeCorpus } from '../../generate/writer';
import { CadreError } from '../../model/errors';
import type { GraphLoad } from '../../store/graph-store';
import { addStoreOptions } from '../with-store';

const whole = (v: string) => (/^-?\d+$/.test(v.trim()) ? Number(v) : Number.NaN);

interface Options {
  articles?: number;
  out?: string;
  people?: number;
  meetings?: number;
  data?: string;
  seed?: number;
}

const positive = (flag: string, n: number | undefined) => {
  if (n === undefined || !Number.isSafeInteger(n) || n < 1) throw new CadreError('BAD_INPUT', `${flag} must be a positive whole number`);
  return n;
};

const seconds = (started: number) => ((Date.now() - started) / 1000).toFixed(1);

export function register(program: Command): void {
  addStoreOptions(
    program
      .command('generate')
      .description('synthetic data for benchmarks and tests, in one of two modes:\n' +
        '  articles  --articles N --out DIR: meeting reports with gold facts\n' +
        '  graph     --people N --meetings M [--data DIR]: a new graph, no text')
      .option('--articles <n>', 'articles mode: how many articles to write', whole)
      .option('--out <dir>', 'articles mode: folder to write X.txt, X.gold.json and X.meta.json into')
      .option('--people <n>', 'graph mode: how many officials', whole)
      .option('--meetings <n>', 'graph mode: how many distinct meetings', whole)
      .option('--seed <s>', 'seed: the same seed writes the same data (default 1 for articles, 7 for a graph)', whole),
  ).action(async (opts: Options) => {
    const articles = opts.articles !== undefined || opts.out !== undefined;
    const graph = opts.people !== undefined || opts.meetings !== undefined || opts.data !== undefined;
    if (articles && graph) throw new CadreError('BAD_INPUT', 'generate writes either articles (--articles, --out) or a graph (--people, --meetings, --data), not both');
    if (!articles && !graph) throw new CadreError('BAD_INPUT', 'generate needs --articles N --out DIR (articles) or --people N --meetings M (a graph)');
    if (opts.seed !== undefined && !Number.isSafeInteger(opts.seed)) throw new CadreError('BAD_INPUT', '--seed must be a whole number');
    if (articles) generateArticles(positive('--articles', opts.articles), opts.out, opts.seed ?? 1);
    else await generateGraphInto(positive('--people', opts.people), positive('--meetings', opts.meetings), opts.seed ?? 7, opts.data);
  });
}

function generateArticles(articles: number, out: string | undefined, seed: number): void {
  if (!out) throw new CadreError('BAD_INPUT', '--out DIR is needed to write articles');
  const started = Date.now();
  const r = writeCorpus({ out, articles, seed, onProgress: (n) => process.stderr.write(`${n} articles written\n`) });
  process.stderr.write(`wrote ${r.articles} articles (${(r.bytes / 1e6).toFixed(1)} MB of text) to ${out} in ${seconds(started)} s\n`);
}

async function generateGraphInto(people: number, meetings: number, seed: number, data: string | undefined): Promise<void> {
  // Loaded here so that writing articles does not load the database drivers.
  const { openGraphLoad } = require('../../store') as typeof import('../../store');
  const { generateGraphInto: generate } = require('../generate-graph') as typeof import('../generate-graph');
  const started = Date.now();
  // Interrupted, the load leaves nothing behind (the handler runs between groups, never inside a write).
  let load: GraphLoad | undefined;
  const stop = (signal: NodeJS.Signals) => void (load?.abort() ?? Promise.resolve()).finally(() => process.kill(process.pid, signal));
  process.once('SIGINT', stop).once('SIGTERM', stop);
  load = await openGraphLoad({ data });
  // A load keeps no log (it is a new file): stopped before the end, it is started again from nothing.
  process.stderr.write(`building a new graph; a run stopped before the end keeps nothing and is started again\n`);
  try {
    const made = await generate({ people, meetings, seed }, load, { onProgress: (n, m) => process.stderr.write(`${n} articles, ${m} meetings planned (${seconds(started)} s)\n`) });
    process.stderr.write(`${made.articles} articles, ${made.meetings} meetings stored; building indexes (${seconds(started)} s)\n`);
  } catch (e) {
    await load.abort();
    throw e;
  }
  const stats = await load.finish();
  process.off('SIGINT', stop).off('SIGTERM', stop);
  process.stdout.write(JSON.stringify(stats) + '\n');
  process.stderr.write(`generated a graph of ${stats.nodes.Person ?? 0} people and ${stats.nodes.Meeting ?? 0} meetings in ${seconds(started)} s\n`);
}
