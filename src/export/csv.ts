// CSV as RFC 4180 describes it (comma, CRLF, quotes doubled), so spreadsheets and pandas read
// Vietnamese names and titles with commas in them unchanged.
import type { ExportSource, ParticipationRow, TenureRow } from './types';

/** What makes Excel, LibreOffice or Google Sheets evaluate a cell: "-1+HYPERLINK(...)" runs too. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A number (a numeric column) is written as a number, negative ones included; every text that a
 * spreadsheet would evaluate gets a leading apostrophe, which makes it text ("--05-13", a date
 * without its year, too: Excel computes it).
 */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const text = String(value);
  const guarded = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) || guarded !== text ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

const urls = (sources: readonly ExportSource[]) => [...new Set(sources.map((s) => s.url).filter(Boolean))].join(' ');
const articles = (sources: readonly ExportSource[]) => [...new Set(sources.map((s) => s.articleId))].join(' ');

export const TENURE_COLUMNS = [
  'person_id', 'person', 'title', 'organization_id', 'organization', 'province', 'district',
  'status', 'current', 'first_seen', 'last_seen', 'source_urls', 'source_articles',
] as const;

export function tenuresToCsv(rows: readonly TenureRow[]): string {
  return toCsv(TENURE_COLUMNS, rows.map((t) => [
    t.personId, t.personName, t.title, t.organizationId, t.organizationName, t.province, t.district,
    t.status, t.current, t.firstSeen, t.lastSeen, urls(t.sources), articles(t.sources),
  ]));
}

export const PARTICIPATION_COLUMNS = [
  'meeting_id', 'date', 'meeting', 'meeting_kind', 'locality', 'person_id', 'person', 'chair', 'roles', 'source_urls', 'source_articles',
] as const;

export function participationsToCsv(rows: readonly ParticipationRow[]): string {
  return toCsv(PARTICIPATION_COLUMNS, rows.map((p) => [
    p.meetingId, p.meetingDate, p.meetingTitle, p.meetingKind, p.locality, p.personId, p.personName,
    p.chair, p.roles.join('|'), urls(p.sources), articles(p.sources),
  ]));
}
