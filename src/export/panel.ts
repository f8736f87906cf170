// The person-year-post panel of elite studies: one row per person, year and post held in that
// year, from the tenure's bounds. A year between two sightings is a row with no citation in it
// (cited_in_year 0), so a reader can tell an observed year from one the bounds imply; nothing is
// extended past the last evidence.
import { sourceUrls, type Column } from './csv';
import { yearOf } from './dates';
import type { ExportPerson, TenureRow } from './types';

export interface PanelRow {
  tenure: TenureRow;
  gender: string | null;
  year: number;
  citedInYear: number;
}

/** A bound read from a wrong date must not make a tenure of a thousand years. */
const MAX_YEARS = 60;

export function panelRows(tenures: readonly TenureRow[], people: ReadonlyMap<string, ExportPerson>): PanelRow[] {
  const rows: PanelRow[] = [];
  for (const t of tenures) {
    const first = yearOf(t.start ?? t.firstSeen);
    if (first === null) continue;
    const last = Math.max(first, yearOf(t.end ?? t.lastSeen) ?? first);
    const cited = new Map<number, number>();
    for (const d of t.citedOn ?? []) {
      const y = yearOf(d);
      if (y !== null) cited.set(y, (cited.get(y) ?? 0) + 1);
    }
    for (let year = first; year <= Math.min(last, first + MAX_YEARS); year++) {
      rows.push({ tenure: t, gender: people.get(t.personId)?.gender ?? null, year, citedInYear: cited.get(year) ?? 0 });
    }
  }
  return rows.sort((a, b) => a.tenure.personName.localeCompare(b.tenure.personName, 'vi') || a.tenure.personId.localeCompare(b.tenure.personId) || a.year - b.year || a.tenure.title.localeCompare(b.tenure.title, 'vi'));
}

export const PANEL_CSV: readonly Column<PanelRow>[] = [
  { header: 'person_id', value: (r) => r.tenure.personId },
  { header: 'person', value: (r) => r.tenure.personName },
  { header: 'gender', value: (r) => r.gender?.toLowerCase() },
  { header: 'year', type: 'number', value: (r) => r.year },
  { header: 'title', value: (r) => r.tenure.title },
  { header: 'position_id', value: (r) => r.tenure.positionId },
  { header: 'organization_id', value: (r) => r.tenure.organizationId },
  { header: 'organization', value: (r) => r.tenure.organizationName },
  { header: 'province', value: (r) => r.tenure.province },
  { header: 'district', value: (r) => r.tenure.district },
  { header: 'start', value: (r) => r.tenure.start },
  { header: 'start_basis', value: (r) => r.tenure.startBasis },
  { header: 'end', value: (r) => r.tenure.end },
  { header: 'end_basis', value: (r) => r.tenure.endBasis },
  { header: 'state', value: (r) => r.tenure.state },
  { header: 'cited_in_year', type: 'number', value: (r) => r.citedInYear },
  { header: 'source_urls', value: (r) => sourceUrls(r.tenure.sources) },
];
