// GraphML for Gephi, yEd and networkx. graphology-graphml only parses, so the writer is ours:
// keys are declared once with a type, and every value is escaped.
import { networkToGraph } from './network-graph';
import type { ExportNetwork, Layout } from './types';
import { escapeXml } from './xml-escape';

type KeyType = 'string' | 'int' | 'double';
interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: KeyType;
}

const KEYS: Key[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'category', for: 'node', name: 'category', type: 'string' },
  { id: 'level', for: 'node', name: 'level', type: 'string' },
  { id: 'node_weight', for: 'node', name: 'weight', type: 'int' },
  { id: 'x', for: 'node', name: 'x', type: 'double' },
  { id: 'y', for: 'node', name: 'y', type: 'double' },
  { id: 'size', for: 'node', name: 'size', type: 'double' },
  { id: 'color', for: 'node', name: 'color', type: 'string' },
  { id: 'relation', for: 'edge', name: 'relation', type: 'string' },
  { id: 'weight', for: 'edge', name: 'weight', type: 'double' },
];

const data = (key: string, value: unknown) =>
  value === undefined || value === null || value === '' ? '' : `<data key="${key}">${escapeXml(String(value))}</data>`;

export function toGraphml(network: ExportNetwork, layout?: Layout): string {
  const graph = networkToGraph(network, layout);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of KEYS) out.push(`  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`);
  out.push('  <graph id="G" edgedefault="directed">');
  graph.forEachNode((id, a) => {
    const fields = ['label', 'kind', 'category', 'level'].map((k) => data(k, a[k])).join('') +
      data('node_weight', a.weight) + data('x', a.x) + data('y', a.y) + data('size', a.size) + data('color', a.color);
    out.push(`    <node id="${escapeXml(id)}">${fields}</node>`);
  });
  graph.forEachEdge((key, a, source, target) => {
    out.push(`    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${data('relation', a.relation)}${data('weight', a.weight)}</edge>`);
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
