import type { Command } from 'commander';
import { CadreError } from '../../model/errors';
import { addStoreOptions, withStore, type StoreCliOptions } from '../with-store';

export function register(program: Command): void {
  addStoreOptions(
    program
      .command('export')
      .description('write a whole province to stdout: its network (GEXF, GraphML, JSON) or its tenures / meeting participation (CSV)')
      .requiredOption('--province <name>', 'province, as users write it ("An Giang", "an giang", "TP.HCM")')
      .option('--format <format>', 'gexf | graphml | json | csv-tenures | csv-meetings', 'gexf'),
  ).action(async (opts: StoreCliOptions & { province: string; format: string }) => {
    // Loaded here: the graph writers are only needed when exporting.
    const { isExportFormat, renderExport, EXPORT_FORMATS } = require('../../export') as typeof import('../../export');
    const { readProvinceBundle } = require('./province-bundle') as typeof import('./province-bundle');
    if (!isExportFormat(opts.format)) throw new CadreError('BAD_INPUT', `--format must be one of ${EXPORT_FORMATS.join(', ')} (got "${opts.format}")`);
    const province = opts.province.trim();
    if (!province) throw new CadreError('BAD_INPUT', '--province must name a province');
    const format = opts.format;
    const text = await withStore(opts, async (store) => renderExport(format, await readProvinceBundle(store, province)));
    await new Promise<void>((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())));
  });
}
