// Filter values as every store compares them: names folded, places as province keys, and the
// whole list of kinds and levels when a filter names none.
import type { Level, OrganizationKind } from '../model/facts';
import type { DirectiveFilter, MeetingFilter, OrganizationFilter, PersonFilter } from './graph-store';
import { fold, slug } from '../text';
import { provinceKey } from './places';

export const ALL_KINDS: OrganizationKind[] = [
  'party-committee', 'standing-committee', 'board', 'peoples-council', 'peoples-committee', 'front', 'mass-organization', 'state-body',
];
export const ALL_LEVELS: Level[] = ['central', 'province', 'district', 'commune'];

/** Folded text, or null when nothing is left to match on. */
export const folded = (s: string | null | undefined) => (s && fold(s) ? fold(s) : null);
/** The stored province key of what a user typed, or null. */
export const placeFilter = (s: string | null | undefined) => (s && slug(s) ? provinceKey(s) : null);
/** A year as the start of the dates in it, for comparing with dates as text ("0987" sorts before "1987-..."). */
export const yearKey = (year: number) => String(year).padStart(4, '0');

/** Province keys of a filter's `province` and `provinces`, each once. */
export const placeFilters = (...lists: Array<Array<string | null | undefined> | null | undefined>) =>
  [...new Set(lists.flatMap((l) => l ?? []).map(placeFilter).filter((p): p is string => !!p))];

/** The parameters of the meeting filter (sql/meeting-filter.sql, cypher/meeting-filter.cypher): one province alone, several as a list. */
export function meetingFilterParams(f: MeetingFilter): Record<string, unknown> {
  const provinces = placeFilters([f.province], f.provinces);
  return {
    province: provinces.length === 1 ? provinces[0] : null, provinces: provinces.length > 1 ? provinces : null,
    from: f.from ?? null, to: f.to ?? null, year: f.year == null ? null : yearKey(f.year), partial: !!f.includePartialDates, kind: f.kind ?? null,
    chairedBy: f.chairedBy ?? null, attendedBy: f.attendedBy ?? null, organizationId: f.organizationId ?? null,
    chairName: folded(f.chairName), attendeeName: folded(f.attendeeName), participantTitle: folded(f.participantTitle),
  };
}

/** The parameters of the people filter (find-people). */
export const personFilterParams = (f: PersonFilter) => ({ name: folded(f.name), province: placeFilter(f.province), organizationId: f.organizationId ?? null });

/** The parameters of the organization filter (find-organizations). */
export const organizationFilterParams = (f: OrganizationFilter) => ({ name: folded(f.name), province: placeFilter(f.province), kind: f.kind ?? null, level: f.level ?? null });

/** The parameters of the directive filter (find-directives): a year range as the text dates in it. */
export const directiveFilterParams = (f: DirectiveFilter) => ({
  number: folded(f.number), title: folded(f.title), kind: f.kind ?? null, province: placeFilter(f.province), issuer: folded(f.issuer),
  fromYear: f.fromYear == null ? null : yearKey(f.fromYear), toYear: f.toYear == null ? null : yearKey(f.toYear + 1),
});
