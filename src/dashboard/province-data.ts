// Loading a province: its bodies with their title holders, its meetings, its network. Each is
// one GraphQL query (paged), so the views can fill in as their part arrives.
import { allPages, gql, type GqlOptions } from './api-client';
import type { Locality, Meeting, Network, Organization } from './api-types';
import { MEETINGS, NETWORK, ORGANIZATIONS, PROVINCES } from './queries';

type Connection<N> = { edges: Array<{ node: N }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

export interface NetworkFilters {
  from: string | null;
  to: string | null;
  kinds: string[];
  levels: string[];
}

export const loadProvinces = async () => (await gql<{ provinces: Locality[] }>(PROVINCES)).provinces;

export const loadOrganizations = (province: string) =>
  allPages((after) => gql<{ organizations: Connection<Organization> }>(ORGANIZATIONS, { province, after }).then((d) => d.organizations));

export async function loadMeetings(province: string, filters: Pick<NetworkFilters, 'from' | 'to'>): Promise<Meeting[]> {
  const meetings = await allPages((after) =>
    gql<{ meetings: Connection<Omit<Meeting, 'chairs'>> }>(MEETINGS, { province, from: filters.from, to: filters.to, after }).then((d) => d.meetings));
  return meetings.map((m) => ({ ...m, chairs: m.attendees.filter((a) => a.roles.includes('CHAIRED')) }));
}

/** The dashboard's view is cut at this many nodes (the API allows 10,000). */
export const VIEW_LIMIT = 5000;

export async function loadNetwork(province: string, filters: NetworkFilters, limit = VIEW_LIMIT, options: GqlOptions = {}): Promise<Network> {
  const filter = {
    province,
    from: filters.from || null,
    to: filters.to || null,
    kinds: filters.kinds.length ? filters.kinds : null,
    levels: filters.levels.length ? filters.levels : null,
    limit,
  };
  return (await gql<{ network: Network }>(NETWORK, { filter }, options)).network;
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
