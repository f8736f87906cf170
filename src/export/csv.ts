// CSV as RFC 4180 describes it (comma, CRLF, quotes doubled), written by csv-stringify, with a
// UTF-8 byte order mark: Excel reads UTF-8 as such only with one, and Vietnamese names are
// garbled without it. pandas (encoding="utf-8-sig") and csv-parse (bom: true) drop it.
import { stringify } from 'csv-stringify/sync';
import type { ExportSource, ParticipationRow, TenureRow } from './types';

/** What makes Excel, LibreOffice or Google Sheets evaluate a cell: "-1+HYPERLINK(...)" runs too. */
const FORMULA_START = /^[=+\-@\t\r]/;

export type ColumnType = 'text' | 'number' | 'boolean';

export interface Column<Row> {
  header: string;
  type?: ColumnType;
  value(row: Row): unknown;
}

/**
 * A text a spreadsheet would evaluate gets a leading apostrophe and quotes, which make it text
 * ("--05-13", a date without its year, too: Excel computes it). A number is written as a number
 * only in a numeric column; anywhere else it is text and guarded like any text ("-2" as a name).
 */
function cellOf(value: unknown, type: ColumnType): unknown {
  if (value === null || value === undefined || value === '') return '';
  if (type === 'number' && typeof value === 'number' && Number.isFinite(value)) return value;
  if (type === 'boolean' && typeof value === 'boolean') return value ? 'true' : 'false';
  const text = String(value);
  return FORMULA_START.test(text) ? { value: `'${text}`, quoted: true } : text;
}

/**
 * Rows as CSV text. The header (with the byte order mark before it) is written when `first`;
 * later chunks of the same file pass false, so a file can be written part by part.
 */
export function csvChunk<Row>(columns: readonly Column<Row>[], rows: Iterable<Row>, first: boolean): string {
  const records = [...rows].map((r) => columns.map((c) => cellOf(c.value(r), c.type ?? 'text')));
  const text = stringify(records, {
    record_delimiter: '\r\n',
    // A guarded cell is { value, quoted }: csv-stringify takes an object cell as a value with its own options.
    cast: { object: (v) => v as never },
  });
  if (!first) return text;
  return '\ufeff' + stringify([columns.map((c) => c.header)], { record_delimiter: '\r\n' }) + text;
}

/** A whole table in one string (the dashboard's downloads; tests). */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>, numeric: readonly string[] = []): string {
  const columns = header.map((h, i): Column<readonly unknown[]> => ({
    header: h,
    type: numeric.includes(h) ? 'number' : 'text',
    value: (r) => r[i],
  }));
  return csvChunk(columns, rows, true);
}

export const sourceUrls = (sources: readonly ExportSource[]) => [...new Set(sources.map((s) => s.url).filter(Boolean))].join(' ');
export const sourceArticles = (sources: readonly ExportSource[]) => [...new Set(sources.map((s) => s.articleId))].join(' ');
/** The sentence of the latest source that has one: what a reader checks first. */
export const latestQuote = (sources: readonly ExportSource[]) => [...sources].reverse().find((s) => s.quote)?.quote ?? '';

// Columns added since the first version come last, so scripts reading the old ones by position still work.
export const TENURE_CSV: readonly Column<TenureRow>[] = [
  { header: 'person_id', value: (t) => t.personId },
  { header: 'person', value: (t) => t.personName },
  { header: 'title', value: (t) => t.title },
  { header: 'organization_id', value: (t) => t.organizationId },
  { header: 'organization', value: (t) => t.organizationName },
  { header: 'province', value: (t) => t.province },
  { header: 'district', value: (t) => t.district },
  { header: 'status', value: (t) => t.status },
  { header: 'current', type: 'boolean', value: (t) => t.current },
  { header: 'first_seen', value: (t) => t.firstSeen },
  { header: 'last_seen', value: (t) => t.lastSeen },
  { header: 'source_urls', value: (t) => sourceUrls(t.sources) },
  { header: 'source_articles', value: (t) => sourceArticles(t.sources) },
  { header: 'position_id', value: (t) => t.positionId },
  { header: 'state', value: (t) => t.state },
  { header: 'start', value: (t) => t.start },
  { header: 'start_basis', value: (t) => t.startBasis },
  { header: 'end', value: (t) => t.end },
  { header: 'end_basis', value: (t) => t.endBasis },
  { header: 'citations', type: 'number', value: (t) => t.sources.length },
  { header: 'quote', value: (t) => latestQuote(t.sources) },
];

export const PARTICIPATION_CSV: readonly Column<ParticipationRow>[] = [
  { header: 'meeting_id', value: (p) => p.meetingId },
  { header: 'date', value: (p) => p.meetingDate },
  { header: 'meeting', value: (p) => p.meetingTitle },
  { header: 'meeting_kind', value: (p) => p.meetingKind },
  { header: 'locality', value: (p) => p.locality },
  { header: 'person_id', value: (p) => p.personId },
  { header: 'person', value: (p) => p.personName },
  { header: 'chair', type: 'boolean', value: (p) => p.chair },
  { header: 'roles', value: (p) => p.roles.join('|') },
  { header: 'source_urls', value: (p) => sourceUrls(p.sources) },
  { header: 'source_articles', value: (p) => sourceArticles(p.sources) },
  { header: 'quote', value: (p) => latestQuote(p.sources) },
];

export const TENURE_COLUMNS = TENURE_CSV.map((c) => c.header);
export const PARTICIPATION_COLUMNS = PARTICIPATION_CSV.map((c) => c.header);

export const tenuresToCsv = (rows: readonly TenureRow[]) => csvChunk(TENURE_CSV, rows, true);
export const participationsToCsv = (rows: readonly ParticipationRow[]) => csvChunk(PARTICIPATION_CSV, rows, true);
