import type { ExportBundle, Layout } from './types';

/** Everything in one document; nodes carry their drawn position when a layout is given. */
export function toJson(bundle: ExportBundle, layout?: Layout): string {
  const nodes = bundle.network.nodes.map((n) => (layout?.[n.id] ? { ...n, x: layout[n.id].x, y: layout[n.id].y } : n));
  return JSON.stringify(
    {
      format: 'cadregraph-export/1',
      province: bundle.province,
      network: { nodes, edges: bundle.network.edges, truncated: bundle.network.truncated ?? false },
      tenures: bundle.tenures,
      participations: bundle.participations,
    },
    null,
    2,
  ) + '\n';
}
