// From the API's network to the graph drawn. By default people only, joined when they met, the
// meetings folded into the edge's weight and dates (the bipartite people–meetings view and the
// whole network with bodies are other modes). People are coloured by community (Louvain on the
// people graph); an ego view keeps one person and the people within 1 or 2 meetings of them.
// Every edge keeps the dates of the meetings behind it, so the time slider only filters.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { COLORS, COMMUNITY_COLORS, LONE_COLOR, nodeSize, seededRandom } from './network-style';
import type { Network, NetworkNode } from './queries';
import type { NetworkMode } from './url-state';

const PARTICIPATION = new Set(['CHAIRED', 'ATTENDED', 'SPOKE', 'REPORTED', 'CONCLUDED', 'DIRECTED']);

export interface EdgeTime {
  /** Dates (ISO days, sorted) of the meetings that make this edge. */
  dates: string[];
  /** Holding a title or a body taking part is not dated: always drawn. */
  timeless: boolean;
}

export interface ModelInput {
  network: Network;
  /** Meeting id to its date as the API gives it (full, partial or null). */
  meetingDates: Map<string, string | null>;
  mode: NetworkMode;
  keep?: (node: NetworkNode) => boolean;
  ego?: { id: string; depth: 1 | 2 } | null;
}

export interface Model {
  graph: Graph;
  communities: number;
  /** The ego person is not among the nodes (another province, filtered, or cut). */
  egoMissing: boolean;
  /** Distinct meeting days of the edges drawn, oldest first: the time slider's steps. */
  days: string[];
}

/** A date the slider can place: "2024-03" counts from its first day, a date without a year cannot be placed. */
export function sortableDay(date: string | null | undefined): string | null {
  if (!date) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  return null;
}

/** How many of the edge's meetings happened by `at` (all of them when `at` is null). */
export function weightAt(time: EdgeTime, total: number, at: string | null): number {
  if (at === null || time.timeless) return total;
  let lo = 0;
  let hi = time.dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (time.dates[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Pair {
  weight: number;
  dates: string[];
}

/** People who met, from who took part in which meeting; the API's MET weights fill in meetings cut by its limit. */
export function foldMeetings(network: Network, meetingDates: Map<string, string | null>): Map<string, Pair> {
  const kinds = new Map(network.nodes.map((n) => [n.id, n.kind]));
  const attendees = new Map<string, Set<string>>();
  for (const e of network.edges) {
    if (!PARTICIPATION.has(e.relation)) continue;
    const [person, meeting] = kinds.get(e.source) === 'PERSON' ? [e.source, e.target] : [e.target, e.source];
    if (kinds.get(person) !== 'PERSON' || kinds.get(meeting) !== 'MEETING') continue;
    const set = attendees.get(meeting) ?? new Set<string>();
    set.add(person);
    attendees.set(meeting, set);
  }
  const pairs = new Map<string, Pair>();
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const [meeting, people] of attendees) {
    const day = sortableDay(meetingDates.get(meeting));
    const list = [...people];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const k = key(list[i], list[j]);
        const p = pairs.get(k) ?? { weight: 0, dates: [] };
        p.weight += 1;
        if (day) p.dates.push(day);
        pairs.set(k, p);
      }
    }
  }
  for (const e of network.edges) {
    if (e.relation !== 'MET') continue;
    const k = key(e.source, e.target);
    const p = pairs.get(k) ?? { weight: 0, dates: [] };
    p.weight = Math.max(p.weight, e.weight);
    pairs.set(k, p);
  }
  for (const p of pairs.values()) p.dates.sort();
  return pairs;
}

function addEdge(graph: Graph, source: string, target: string, weight: number, relation: string, time: EdgeTime): void {
  if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) return;
  const existing = graph.edge(source, target);
  if (existing) {
    // Sigma draws one edge per pair: relations between the same two nodes are merged.
    graph.updateEdgeAttribute(existing, 'weight', (w: number) => w + weight);
    graph.updateEdgeAttribute(existing, 'relations', (r: string[]) => [...r, relation]);
    const t = graph.getEdgeAttribute(existing, 'time') as EdgeTime;
    graph.setEdgeAttribute(existing, 'time', { timeless: t.timeless || time.timeless, dates: [...t.dates, ...time.dates].sort() });
  } else graph.addEdge(source, target, { weight, relations: [relation], time, met: relation === 'MET' });
}

/** People within `depth` meetings of `id` (a meeting is one step in the people graph, two in the others). */
function egoNodes(graph: Graph, id: string, hops: number): Set<string> {
  const seen = new Set([id]);
  let frontier = [id];
  for (let d = 0; d < hops && frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachNeighbor(n, (m) => {
        if (!seen.has(m)) seen.add(m), next.push(m);
      });
    }
    frontier = next;
  }
  return seen;
}

export function buildModel({ network, meetingDates, mode, keep = () => true, ego = null }: ModelInput): Model {
  const nodes = network.nodes.filter(keep);
  const ids = new Set(nodes.map((n) => n.id));
  const shown = { ...network, nodes, edges: network.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
  const pairs = foldMeetings(shown, meetingDates);

  // The people graph: drawn as it is by default, and its communities colour a person the same
  // way in every mode.
  const people = new Graph({ type: 'undirected' });
  for (const n of nodes) if (n.kind === 'PERSON') people.addNode(n.id);
  for (const [k, p] of pairs) {
    const [a, b] = k.split('\u0000');
    if (people.hasNode(a) && people.hasNode(b)) people.addEdge(a, b, { weight: p.weight, relations: ['MET'], time: { dates: p.dates, timeless: false }, met: true });
  }
  const community: Record<string, number> = people.size ? louvain(people, { getEdgeWeight: 'weight', rng: seededRandom(7) }) : {};
  const sizes = new Map<number, number>();
  for (const c of Object.values(community)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  // Largest communities get the palette's colours; a lone person or a tiny group stays neutral.
  const ranked = [...sizes].filter(([, n]) => n > 1).sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const colorOf = (id: string) => {
    const rank = community[id] === undefined ? -1 : ranked.indexOf(community[id]);
    return rank >= 0 && rank < COMMUNITY_COLORS.length ? COMMUNITY_COLORS[rank] : LONE_COLOR;
  };

  const graph = mode === 'people' ? people : new Graph({ type: 'undirected' });
  for (const n of nodes) {
    if (mode !== 'all' && n.kind !== 'PERSON' && !(mode === 'meetings' && n.kind === 'MEETING')) continue;
    const attributes = {
      label: n.label, kind: n.kind, apiWeight: n.weight, community: community[n.id] ?? null,
      day: n.kind === 'MEETING' ? sortableDay(meetingDates.get(n.id)) : null,
      color: n.kind === 'PERSON' ? colorOf(n.id) : COLORS[n.kind] ?? '#999', x: 0, y: 0,
    };
    if (graph.hasNode(n.id)) graph.mergeNodeAttributes(n.id, attributes);
    else graph.addNode(n.id, attributes);
  }
  if (mode !== 'people') {
    for (const e of shown.edges) {
      if (e.relation === 'MET' || (mode === 'meetings' && !PARTICIPATION.has(e.relation))) continue;
      const meeting = [e.source, e.target].find((id) => graph.hasNode(id) && graph.getNodeAttribute(id, 'kind') === 'MEETING');
      const day = meeting ? (graph.getNodeAttribute(meeting, 'day') as string | null) : null;
      addEdge(graph, e.source, e.target, e.weight, e.relation, { dates: day ? [day] : [], timeless: !meeting });
    }
  }

  let egoMissing = false;
  if (ego) {
    egoMissing = !graph.hasNode(ego.id);
    const keepIds = egoMissing ? new Set<string>() : egoNodes(graph, ego.id, mode === 'people' ? ego.depth : ego.depth * 2);
    graph.forEachNode((id) => {
      if (!keepIds.has(id)) graph.dropNode(id);
    });
  }

  // Size and label priority by how connected a node is in what is drawn.
  graph.forEachNode((id, a) => {
    let strength = 0;
    graph.forEachEdge(id, (_, e) => (strength += e.weight as number));
    graph.mergeNodeAttributes(id, { weight: strength, size: nodeSize(a.kind, mode === 'people' ? strength : a.apiWeight, graph.order) });
  });
  const days = new Set<string>();
  graph.forEachEdge((_, a) => (a.time as EdgeTime).dates.forEach((d) => days.add(d)));
  return { graph, communities: ranked.length, egoMissing, days: [...days].sort() };
}
