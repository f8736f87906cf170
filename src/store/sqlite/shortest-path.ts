// The shortest connection between two nodes of the embedded graph, as Neo4j's shortestPath finds
// it: a bidirectional breadth-first search over the relationships `neighbours` reads (sql/neighbours.sql:
// CHAIRED, ATTENDED, HOLDS and IN, in either direction). Each round expands the smaller frontier
// by one whole level, so the first level where the two searches meet gives a shortest path.
import type { Row } from './statements';

/**
 * A search that has reached this many nodes gives up (answers no connection): a hub (a title
 * many people held) must not turn one request into a scan of the graph.
 */
export const FRONTIER_LIMIT = 200_000;

export interface FoundPath<K = string> {
  nodes: K[];
  edges: Array<{ id: number; type: string }>;
}

interface Via<K> {
  prev: K | null;
  edge: { id: number; type: string } | null;
  depth: number;
}

/**
 * At most `hops` relationships from `fromId` to `toId`; `neighbours` gives the rows (node, next, edgeId,
 * type) of a frontier. Nodes are ids or numbers (schema.sql, node), as `fromId` is.
 */
export function shortestPath<K extends string | number>(fromId: K, toId: K, hops: number, neighbours: (frontier: K[]) => Row[]): FoundPath<K> | null {
  const key = (typeof fromId === 'number' ? Number : String) as unknown as (v: unknown) => K;
  const side = (start: K) => ({ visited: new Map<K, Via<K>>([[start, { prev: null, edge: null, depth: 0 }]]), frontier: [start], depth: 0 });
  const sides = [side(fromId), side(toId)];
  while (sides[0].depth + sides[1].depth < hops) {
    const i = sides[0].frontier.length <= sides[1].frontier.length ? 0 : 1;
    const [near, far] = [sides[i], sides[1 - i]];
    if (!near.frontier.length) return null;
    const next: K[] = [];
    let meet: K | null = null;
    for (const r of neighbours(near.frontier)) {
      const to = key(r.next);
      if (near.visited.has(to)) continue;
      near.visited.set(to, { prev: key(r.node), edge: { id: Number(r.edgeId), type: String(r.type) }, depth: near.depth + 1 });
      next.push(to);
      if (far.visited.has(to) && (meet === null || far.visited.get(to)!.depth < far.visited.get(meet)!.depth)) meet = to;
    }
    near.depth++;
    near.frontier = next;
    if (meet !== null) return joinPath(sides[0].visited, sides[1].visited, meet);
    if (sides[0].visited.size + sides[1].visited.size > FRONTIER_LIMIT) return null;
  }
  return null;
}

function joinPath<K>(fromSide: Map<K, Via<K>>, toSide: Map<K, Via<K>>, meet: K): FoundPath<K> {
  const nodes = [meet];
  const edges: FoundPath<K>['edges'] = [];
  for (let at = fromSide.get(meet)!; at.prev !== null; at = fromSide.get(at.prev)!) {
    nodes.unshift(at.prev);
    edges.unshift(at.edge!);
  }
  for (let at = toSide.get(meet)!; at.prev !== null; at = toSide.get(at.prev)!) {
    nodes.push(at.prev);
    edges.push(at.edge!);
  }
  return { nodes, edges };
}
