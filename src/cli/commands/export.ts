import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import type { Command } from 'commander';
import { CadreError } from '../../model/errors';
import { addStoreOptions, withStore, type StoreCliOptions } from '../with-store';

interface ExportOptions extends StoreCliOptions {
  province?: string;
  all?: boolean;
  format: string;
}

export function register(program: Command): void {
  addStoreOptions(
    program
      .command('export')
      .description('write a province (--province) or the whole graph (--all) to stdout, part by part, in one of the export formats (see README, Exports)')
      .option('--province <name>', 'province, as users write it ("An Giang", "an giang", "an-giang")')
      .option('--all', 'the whole graph, province by province')
      .option('--format <format>', 'gexf | gexf-dynamic | graphml | json | csv-tenures | csv-meetings | csv-panel | csv-coattendance | popolo | ftm', 'gexf'),
  ).action(async (opts: ExportOptions) => {
    // Loaded here: the writers are only needed when exporting.
    const { isExportFormat, exportChunks, EXPORT_FORMATS } = require('../../export') as typeof import('../../export');
    const { provinceScope, wholeGraphScope } = require('../../server/export-scopes') as typeof import('../../server/export-scopes');
    const { lexiconData } = require('../../lexicon') as typeof import('../../lexicon');
    const { oneHolderPosts } = require('../../tenures') as typeof import('../../tenures');
    if (!isExportFormat(opts.format)) throw new CadreError('BAD_INPUT', `--format must be one of ${EXPORT_FORMATS.join(', ')} (got "${opts.format}")`);
    const province = opts.province?.trim();
    if (opts.all && province) throw new CadreError('BAD_INPUT', 'give --province or --all, not both');
    if (!opts.all && !province) throw new CadreError('BAD_INPUT', 'give --province <name> or --all');
    const format = opts.format;
    const options = { isOneHolder: oneHolderPosts(lexiconData()), staleMonths: staleMonthsFromEnv() };
    await withStore(opts, async (store) => {
      const scope = province ? await provinceScope(store, province, options) : wholeGraphScope(store, options);
      try {
        // pipeline waits whenever stdout's buffer is full: a whole-graph export piped to a slow reader stays small in memory.
        await pipeline(Readable.from(exportChunks(format, scope)), process.stdout, { end: false });
      } catch (e) {
        // The reader went away (`| head`): what it wanted was written.
        if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
      }
    });
  });
}

function staleMonthsFromEnv(): number | undefined {
  const raw = process.env.CADREGRAPH_STALE_MONTHS?.trim();
  if (!raw) return undefined;
  if (!/^\d+$/.test(raw)) throw new CadreError('BAD_INPUT', `CADREGRAPH_STALE_MONTHS must be a number of months (got ${JSON.stringify(raw)})`);
  return Number(raw);
}
