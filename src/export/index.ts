// Exports of the graph: a province or the whole graph, as network files (GEXF, dynamic GEXF,
// GraphML), tables (CSV), open-data documents (Popolo, FollowTheMoney) and our own JSON. Pure and
// free of Node imports: the writers turn parts read by the caller into text chunks, which the CLI
// writes to stdout, the server streams, and the dashboard (for what is on screen) joins.
import { coAttendanceRows, COATTENDANCE_CSV } from './coattendance';
import { csvChunk, participationsToCsv, PARTICIPATION_CSV, tenuresToCsv, TENURE_CSV, type Column } from './csv';
import { ftmChunks } from './ftm';
import { toGexf } from './gexf';
import { gexfChunks, graphmlChunks } from './graph-xml';
import { toGraphml } from './graphml';
import { jsonDocumentChunks, section } from './json-document';
import { postIdOf } from './part-index';
import { toJson } from './json';
import { PANEL_CSV, panelRows } from './panel';
import { popoloChunks } from './popolo';
import { slug } from '../text';
import type { ExportBundle, ExportPart, ExportScope, Layout, TenureRow } from './types';

export * from './types';
export { networkToGraph } from './network-graph';
export { toCsv, tenuresToCsv, participationsToCsv, TENURE_COLUMNS, PARTICIPATION_COLUMNS } from './csv';
export { toGexf } from './gexf';
export { toGraphml } from './graphml';
export { toJson } from './json';

export const EXPORT_FORMATS = [
  'gexf', 'gexf-dynamic', 'graphml', 'json', 'csv-tenures', 'csv-meetings', 'csv-panel', 'csv-coattendance', 'popolo', 'ftm',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (f: string): f is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(f);

/** What the dashboard can write in the browser from what it shows (the drawn network, the lists). */
export const VIEW_FORMATS = ['gexf', 'graphml', 'csv-tenures', 'csv-meetings', 'json'] as const;
export type ViewFormat = (typeof VIEW_FORMATS)[number];

interface FormatInfo {
  extension: string;
  mime: string;
  /** The file name's middle: "an-giang-tenures.csv". */
  what: string;
}

export const EXPORT_FILES: Record<ExportFormat, FormatInfo> = {
  gexf: { extension: 'gexf', mime: 'application/gexf+xml', what: 'network' },
  'gexf-dynamic': { extension: 'gexf', mime: 'application/gexf+xml', what: 'network-dynamic' },
  graphml: { extension: 'graphml', mime: 'application/graphml+xml', what: 'network' },
  json: { extension: 'json', mime: 'application/json', what: 'graph' },
  'csv-tenures': { extension: 'csv', mime: 'text/csv', what: 'tenures' },
  'csv-meetings': { extension: 'csv', mime: 'text/csv', what: 'meetings' },
  'csv-panel': { extension: 'csv', mime: 'text/csv', what: 'person-year-post' },
  'csv-coattendance': { extension: 'csv', mime: 'text/csv', what: 'coattendance' },
  popolo: { extension: 'json', mime: 'application/json', what: 'popolo' },
  ftm: { extension: 'jsonl', mime: 'application/x-ndjson', what: 'ftm' },
};

/** A table written part by part, the header (and byte order mark) once. */
async function* csvChunks<Row>(columns: readonly Column<Row>[], parts: () => AsyncIterable<ExportPart>, rows: (part: ExportPart) => Iterable<Row>): AsyncGenerator<string> {
  let first = true;
  for await (const part of parts()) {
    const chunk = csvChunk(columns, rows(part), first);
    first = false;
    if (chunk) yield chunk;
  }
  if (first) yield csvChunk(columns, [], true);
}

const byId = (item: { id: string }) => item.id;
const tenureKey = (t: TenureRow) => `${t.personId}|${postIdOf(t)}`;

/** The export of a scope as text chunks, in order; a part is read, written and dropped. */
export function exportChunks(format: ExportFormat, scope: ExportScope): AsyncIterable<string> {
  const parts = () => scope.parts();
  const description = `cadregraph: ${scope.name}`;
  switch (format) {
    case 'gexf':
      return gexfChunks(parts, { dynamic: false, description });
    case 'gexf-dynamic':
      return gexfChunks(parts, { dynamic: true, description });
    case 'graphml':
      return graphmlChunks(parts, { description });
    case 'json':
      return jsonDocumentChunks({ format: 'cadregraph-export/2', scope: scope.name }, [
        section('people', (p) => p.people, byId),
        section('organizations', (p) => p.organizations, byId),
        section('tenures', (p) => p.tenures, tenureKey),
        section('meetings', (p) => p.meetings, byId),
        section('participations', (p) => p.participations, (r) => `${r.meetingId}|${r.personId}`),
        section('events', (p) => p.events, byId),
      ], parts);
    case 'csv-tenures':
      return csvChunks(TENURE_CSV, parts, (p) => p.tenures);
    case 'csv-meetings':
      return csvChunks(PARTICIPATION_CSV, parts, (p) => p.participations);
    case 'csv-panel':
      return csvChunks(PANEL_CSV, parts, (p) => panelRows(p.tenures, new Map(p.people.map((x) => [x.id, x]))));
    case 'csv-coattendance':
      return csvChunks(COATTENDANCE_CSV, parts, coAttendanceRows);
    case 'popolo':
      return popoloChunks(parts);
    case 'ftm':
      return ftmChunks(parts);
  }
}

/** What is on screen in the dashboard, written in the browser (the drawn layout goes into the network files). */
export function renderExport(format: ViewFormat, bundle: ExportBundle, layout?: Layout): string {
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

/** "Thanh Hóa" -> "thanh-hoa"; never empty. */
export const scopeSlug = (name: string) => slug(name) || 'export';

/** A file name without diacritics or spaces: "Thanh Hóa" -> "thanh-hoa-province-network.gexf". */
export function exportFileName(scopeName: string, format: ExportFormat, scope = 'province'): string {
  const f = EXPORT_FILES[format];
  return `${scopeSlug(scopeName)}-${scope}-${f.what}.${f.extension}`;
}
