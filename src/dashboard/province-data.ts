// Loading a province: its bodies with their title holders, its meetings, its network. Each is
// one GraphQL query (paged), so the views can fill in as their part arrives.
import { allPages, gql, type GqlOptions } from './api-client';
import type { Level, OrganizationKind } from './gql/graphql';
import { MEETINGS, NETWORK, ORGANIZATIONS, PROVINCES, type Locality, type Meeting, type Network, type Organization } from './queries';
import type { UrlFilters } from './url-state';

export const loadProvinces = async () => (await gql(PROVINCES, {})).provinces;

/** Bodies with their title holders, each tenure's state given for `asOf` (null: today). */
export const loadOrganizations = (province: string, asOf: string | null = null): Promise<Organization[]> =>
  allPages((after) => gql(ORGANIZATIONS, { province, after, asOf }).then((d) => d.organizations));

export async function loadMeetings(province: string, filters: Pick<UrlFilters, 'since' | 'until'>): Promise<Meeting[]> {
  const meetings = await allPages((after) => gql(MEETINGS, { province, from: filters.since, to: filters.until, after }).then((d) => d.meetings));
  return meetings.map((m) => ({ ...m, chairs: m.attendees.filter((a) => a.roles.includes('CHAIRED')) }));
}

/** The dashboard's view is cut at this many nodes (the API allows 10,000). */
export const VIEW_LIMIT = 5000;

export async function loadNetwork(province: string, filters: UrlFilters, limit = VIEW_LIMIT, options: GqlOptions = {}): Promise<Network> {
  const filter = {
    province,
    from: filters.since,
    to: filters.until,
    // Values a link carries that the schema does not know are refused by the API with a clear message.
    kinds: filters.kinds.length ? (filters.kinds as OrganizationKind[]) : null,
    levels: filters.levels.length ? (filters.levels as Level[]) : null,
    limit,
  };
  return (await gql(NETWORK, { filter }, options)).network;
}

/** District names of a province, from where its bodies and meetings sit. */
export function districtsOf(organizations: Organization[], meetings: Meeting[]): string[] {
  const names = new Set<string>();
  for (const l of [...organizations.map((o) => o.locality), ...meetings.map((m) => m.locality)]) {
    if (l?.level === 'DISTRICT') names.add(l.name);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'vi'));
}

export const inDistrict = (l: Pick<Locality, 'name'> | null, district: string | null) => !district || l?.name === district;
