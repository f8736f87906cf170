// The network as a graphology graph, the form both XML writers take. A multigraph: one pair of
// nodes can be linked by several relations (a person CHAIRED and ATTENDED the same meeting).
import Graph from 'graphology';
import type { ExportNetwork, Layout } from './types';
import { stripInvalidXml } from './xml-escape';

export function networkToGraph(network: ExportNetwork, layout: Layout = {}): Graph {
  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  for (const n of network.nodes) {
    if (graph.hasNode(n.id)) continue;
    const attributes: Record<string, string | number> = { label: stripInvalidXml(n.label), kind: n.kind, weight: n.weight };
    if (n.category) attributes.category = n.category;
    if (n.level) attributes.level = n.level;
    const placed = layout[n.id];
    if (placed) {
      attributes.x = placed.x;
      attributes.y = placed.y;
      if (placed.size != null) attributes.size = placed.size;
      if (placed.color) attributes.color = placed.color;
    }
    graph.addNode(n.id, attributes);
  }
  for (const e of network.edges) {
    // A cut network may still name a node it dropped; such an edge cannot be drawn anywhere.
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || e.source === e.target) continue;
    const key = `${e.source}|${e.relation}|${e.target}`;
    if (graph.hasEdge(key)) continue;
    graph.addDirectedEdgeWithKey(key, e.source, e.target, { relation: e.relation, weight: e.weight, label: e.relation });
  }
  return graph;
}
