// GEXF and GraphML written as parts are read, for whole-graph files that are never held in
// memory. graphology's GEXF writer takes one whole graph and writes no time intervals, and
// graphology-graphml only parses; so these two write the XML themselves, with a fixed attribute
// model declared up front and every value escaped. graphology's parsers read both back in tests.
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, partGraph, type AttributeValue, type GraphElement } from './part-graph';
import type { ExportPart } from './types';
import { escapeXml } from './xml-escape';

const present = (v: AttributeValue): v is string | number => v !== null && v !== undefined && v !== '';
const attr = (name: string, value: AttributeValue) => (present(value) ? ` ${name}="${escapeXml(String(value))}"` : '');

/** Writes each id once: a person of the centre can appear in several provinces' parts. */
function firstTime() {
  const seen = new Set<string>();
  const isNew = (id: string) => (seen.has(id) ? false : (seen.add(id), true));
  return Object.assign(isNew, { written: (id: string) => seen.has(id) });
}

// ---- GEXF 1.3 (Gephi) ----

const GEXF_TYPES: Record<string, string> = { weight: 'double' };

function gexfAttvalues(e: GraphElement, names: readonly string[]): string {
  const values = names.filter((n) => present(e.attributes[n])).map((n) => `<attvalue for="${n}" value="${escapeXml(String(e.attributes[n]))}"/>`);
  return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
}

/** `dynamic`: nodes and edges carry start/end, so Gephi's timeline plays the network by date. */
export async function* gexfChunks(parts: () => AsyncIterable<ExportPart>, options: { dynamic: boolean; description: string }): AsyncGenerator<string> {
  const interval = (e: GraphElement) => (options.dynamic ? attr('start', e.start) + attr('end', e.end) : '');
  const declare = (kind: 'node' | 'edge', names: readonly string[]) =>
    `    <attributes class="${kind}"${options.dynamic ? ' mode="static"' : ''}>\n` +
    names.map((n) => `      <attribute id="${n}" title="${n}" type="${GEXF_TYPES[n] ?? 'string'}"/>\n`).join('') +
    '    </attributes>\n';
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
    `  <meta><creator>cadregraph</creator><description>${escapeXml(options.description)}</description></meta>\n` +
    `  <graph defaultedgetype="directed"${options.dynamic ? ' mode="dynamic" timeformat="date"' : ''}>\n` +
    declare('node', NODE_ATTRIBUTES) + declare('edge', EDGE_ATTRIBUTES) + '    <nodes>\n';
  // GEXF wants every node before the first edge: two passes over the parts.
  const newNode = firstTime();
  for await (const part of parts()) {
    let chunk = '';
    for (const n of partGraph(part).nodes) {
      if (newNode(n.id)) chunk += `      <node${attr('id', n.id)}${attr('label', n.label)}${interval(n)}>${gexfAttvalues(n, NODE_ATTRIBUTES)}</node>\n`;
    }
    if (chunk) yield chunk;
  }
  yield '    </nodes>\n    <edges>\n';
  const newEdge = firstTime();
  for await (const part of parts()) {
    let chunk = '';
    for (const e of partGraph(part).edges) {
      // The second pass reads the store again: an ingest in between may add an edge to a node the
      // first pass did not see, which no GEXF reader could place.
      if (!newNode.written(e.source) || !newNode.written(e.target) || !newEdge(e.id)) continue;
      chunk += `      <edge${attr('id', e.id)}${attr('source', e.source)}${attr('target', e.target)}${attr('label', e.label)}${attr('weight', e.weight)}${interval(e)}>${gexfAttvalues(e, EDGE_ATTRIBUTES)}</edge>\n`;
    }
    if (chunk) yield chunk;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

// ---- GraphML (yEd, networkx, igraph, Gephi) ----

const GRAPHML_NODE_KEYS = ['label', ...NODE_ATTRIBUTES] as const;
const GRAPHML_EDGE_KEYS = ['label', ...EDGE_ATTRIBUTES, 'weight'] as const;
const GRAPHML_TYPES: Record<string, string> = { weight: 'double' };
/** GraphML key ids are global: node and edge keys of one name need two ids. */
const keyId = (kind: 'node' | 'edge', name: string) => `${kind === 'node' ? 'n' : 'e'}_${name}`;

function graphmlData(kind: 'node' | 'edge', values: Record<string, AttributeValue>, names: readonly string[]): string {
  return names.filter((n) => present(values[n])).map((n) => `<data key="${keyId(kind, n)}">${escapeXml(String(values[n]))}</data>`).join('');
}

export async function* graphmlChunks(parts: () => AsyncIterable<ExportPart>, options: { description: string }): AsyncGenerator<string> {
  const key = (kind: 'node' | 'edge', n: string) => `  <key id="${keyId(kind, n)}" for="${kind}" attr.name="${n}" attr.type="${GRAPHML_TYPES[n] ?? 'string'}"/>\n`;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    `  <desc>${escapeXml(options.description)}</desc>\n` +
    GRAPHML_NODE_KEYS.map((n) => key('node', n)).join('') + GRAPHML_EDGE_KEYS.map((n) => key('edge', n)).join('') +
    '  <graph id="G" edgedefault="directed">\n';
  // GraphML lets nodes and edges interleave: one pass, part by part.
  const newNode = firstTime();
  const newEdge = firstTime();
  for await (const part of parts()) {
    const g = partGraph(part);
    let chunk = '';
    for (const n of g.nodes) {
      if (newNode(n.id)) chunk += `    <node${attr('id', n.id)}>${graphmlData('node', { label: n.label, ...n.attributes }, GRAPHML_NODE_KEYS)}</node>\n`;
    }
    for (const e of g.edges) {
      if (!newEdge(e.id)) continue;
      chunk += `    <edge${attr('id', e.id)}${attr('source', e.source)}${attr('target', e.target)}>${graphmlData('edge', { label: e.label, ...e.attributes, weight: e.weight }, GRAPHML_EDGE_KEYS)}</edge>\n`;
    }
    if (chunk) yield chunk;
  }
  yield '  </graph>\n</graphml>\n';
}
