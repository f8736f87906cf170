// The nodes of a connection with the labels people read: names, meeting titles (or dates),
// titles with their body. Shared by the stores, which differ only in how they find the path.
import type { GraphNode, GraphStore } from './graph-store';
import { nodeKindOfId } from './records';

type Lookups = Pick<GraphStore, 'getPeople' | 'getMeetings' | 'getOrganizations'>;

export async function labelledNodes(ids: string[], store: Lookups, positionLabels: (ids: string[]) => Promise<Array<[string, string]>>): Promise<GraphNode[]> {
  const of = (prefix: string) => ids.filter((i) => i.startsWith(prefix));
  const [people, meetings, orgs, positions] = await Promise.all([
    store.getPeople(of('person/')),
    store.getMeetings(of('meeting/')),
    store.getOrganizations(of('org/')),
    of('position/').length ? positionLabels(of('position/')) : Promise.resolve([]),
  ]);
  const label = new Map<string, string>([
    ...people.map((p) => [p.id, p.name] as [string, string]),
    ...meetings.map((m) => [m.id, m.title ?? m.date ?? m.id] as [string, string]),
    ...orgs.map((o) => [o.id, o.name] as [string, string]),
    ...positions,
  ]);
  return ids.map((id) => ({ id, kind: nodeKindOfId(id), label: label.get(id) ?? id }));
}
