// Lookups over one part, built once: writers ask "who was at this meeting" for every meeting.
import type { ExportPart, ParticipationRow, TenureRow } from './types';

/** The post a tenure is of; rows the dashboard builds from its lists have no position id. */
export const postIdOf = (t: Pick<TenureRow, 'positionId' | 'organizationId' | 'title'>) => t.positionId ?? `${t.organizationId}/${t.title}`;

export interface PartIndex {
  participations(meetingId: string): readonly ParticipationRow[];
  bodies(meetingId: string): readonly string[];
  organizationName(id: string): string;
}

function group<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

const cache = new WeakMap<ExportPart, PartIndex>();

export function indexPart(part: ExportPart): PartIndex {
  let index = cache.get(part);
  if (index) return index;
  const participations = group(part.participations, (p) => p.meetingId);
  const bodies = group(part.tookPart, (t) => t.meetingId);
  const names = new Map([...part.organizations, ...(part.otherOrganizations ?? [])].map((o) => [o.id, o.name]));
  index = {
    participations: (id) => participations.get(id) ?? [],
    bodies: (id) => (bodies.get(id) ?? []).map((t) => t.organizationId),
    organizationName: (id) => names.get(id) ?? id,
  };
  cache.set(part, index);
  return index;
}
