// Exports of a province's network, tenures and meeting participation. Pure and free of Node
// imports: the dashboard bundles this folder for the browser and the CLI runs it on Node.
import { participationsToCsv, tenuresToCsv } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { toJson } from './json';
import type { ExportBundle, Layout } from './types';

export * from './types';
export { networkToGraph } from './network-graph';
export { toCsv, tenuresToCsv, participationsToCsv, TENURE_COLUMNS, PARTICIPATION_COLUMNS } from './csv';
export { toGexf } from './gexf';
export { toGraphml } from './graphml';
export { toJson } from './json';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv-tenures', 'csv-meetings'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (f: string): f is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(f);

export const EXPORT_FILES: Record<ExportFormat, { extension: string; mime: string }> = {
  gexf: { extension: 'gexf', mime: 'application/gexf+xml' },
  graphml: { extension: 'graphml', mime: 'application/graphml+xml' },
  json: { extension: 'json', mime: 'application/json' },
  'csv-tenures': { extension: 'csv', mime: 'text/csv' },
  'csv-meetings': { extension: 'csv', mime: 'text/csv' },
};

export function renderExport(format: ExportFormat, bundle: ExportBundle, layout?: Layout): string {
  switch (format) {
    case 'gexf':
      return toGexf(bundle.network, layout);
    case 'graphml':
      return toGraphml(bundle.network, layout);
    case 'json':
      return toJson(bundle, layout);
    case 'csv-tenures':
      return tenuresToCsv(bundle.tenures);
    case 'csv-meetings':
      return participationsToCsv(bundle.participations);
  }
}

/** A file name without diacritics or spaces: "Thanh Hóa" -> "thanh-hoa-network.gexf". */
export function exportFileName(province: string, format: ExportFormat, scope = 'province'): string {
  const slug = province.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'export';
  const what = format === 'csv-tenures' ? 'tenures' : format === 'csv-meetings' ? 'meetings' : 'network';
  return `${slug}-${scope}-${what}.${EXPORT_FILES[format].extension}`;
}
