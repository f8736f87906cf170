// A part of the graph as the network files draw it. Nodes: people, bodies, meetings. Edges:
// HOLDS (a person to a body, one per title, with the tenure's bounds and their bases), CHAIRED
// or ATTENDED (a person to a meeting, on its date), TOOK_PART (a body to a meeting) and MET (two
// people, weighted by the meetings they shared, first and last of them). Every edge is directed,
// MET too (from the lower id): networkx refuses a GEXF or GraphML graph that mixes directed and
// undirected edges. Every element carries the interval it existed in, for dynamic GEXF: an edge
// from its dates, a node from its edges.
import { dayOrNull } from './dates';
import { indexPart, postIdOf } from './part-index';
import type { ExportPart } from './types';

export type AttributeValue = string | number | null | undefined;

export interface GraphElement {
  id: string;
  label: string;
  attributes: Record<string, AttributeValue>;
  /** ISO days; null start: since always, null end: still open (or never dated). */
  start: string | null;
  end: string | null;
}

export interface GraphEdgeElement extends GraphElement {
  source: string;
  target: string;
  weight: number;
}

export interface PartGraph {
  nodes: GraphElement[];
  edges: GraphEdgeElement[];
}

export const NODE_ATTRIBUTES = ['kind', 'category', 'level', 'place', 'gender', 'date', 'weight'] as const;
export const EDGE_ATTRIBUTES = ['relation', 'title', 'start', 'end', 'startBasis', 'endBasis', 'state', 'firstSeen', 'lastSeen'] as const;

const min = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const max = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

export function partGraph(part: ExportPart): PartGraph {
  const index = indexPart(part);
  const nodes = new Map<string, GraphElement>();
  const edges = new Map<string, GraphEdgeElement>();
  const edge = (e: Omit<GraphEdgeElement, 'label'> & { label?: string }) => {
    if (!nodes.has(e.source) || !nodes.has(e.target) || e.source === e.target || edges.has(e.id)) return;
    edges.set(e.id, { label: String(e.attributes.relation), ...e });
  };

  for (const p of part.people) {
    nodes.set(p.id, { id: p.id, label: p.name, attributes: { kind: 'PERSON', gender: p.gender?.toLowerCase(), place: p.province }, start: null, end: null });
  }
  for (const o of part.organizations) {
    nodes.set(o.id, {
      id: o.id, label: o.name, start: null, end: null,
      attributes: { kind: 'ORGANIZATION', category: o.kind, level: o.level?.toUpperCase(), place: o.district ? `${o.district}, ${o.province}` : o.province },
    });
  }
  for (const m of part.meetings) {
    const day = dayOrNull(m.date);
    nodes.set(m.id, {
      id: m.id, label: m.title ?? m.id, start: day, end: day,
      attributes: { kind: 'MEETING', category: m.kind, date: m.date, place: m.locality },
    });
  }

  for (const t of part.tenures) {
    edge({
      id: `${t.personId}|HOLDS|${postIdOf(t)}`, source: t.personId, target: t.organizationId, label: t.title, weight: Math.max(1, t.sources.length),
      start: dayOrNull(t.start), end: dayOrNull(t.end),
      attributes: {
        relation: 'HOLDS', title: t.title, start: t.start, end: t.end, startBasis: t.startBasis, endBasis: t.endBasis,
        state: t.state, firstSeen: t.firstSeen, lastSeen: t.lastSeen,
      },
    });
  }
  const met = new Map<string, { a: string; b: string; weight: number; first: string | null; last: string | null }>();
  for (const m of part.meetings) {
    const day = dayOrNull(m.date);
    const seen = { start: day, end: day, attributes: { start: m.date, end: m.date, firstSeen: m.date, lastSeen: m.date } };
    const people = index.participations(m.id);
    for (const p of people) {
      const relation = p.chair ? 'CHAIRED' : 'ATTENDED';
      edge({ id: `${p.personId}|${relation}|${m.id}`, source: p.personId, target: m.id, weight: 1, ...seen, attributes: { relation, ...seen.attributes } });
    }
    for (const b of index.bodies(m.id)) edge({ id: `${b}|TOOK_PART|${m.id}`, source: b, target: m.id, weight: 1, ...seen, attributes: { relation: 'TOOK_PART', ...seen.attributes } });
    const ids = [...new Set(people.map((p) => p.personId))].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}|MET|${ids[j]}`;
        const pair = met.get(key);
        if (pair) (pair.weight++, (pair.first = min(pair.first, day)), (pair.last = max(pair.last, day)));
        else met.set(key, { a: ids[i], b: ids[j], weight: 1, first: day, last: day });
      }
    }
  }
  for (const [id, p] of met) {
    edge({ id, source: p.a, target: p.b, weight: p.weight, start: p.first, end: p.last, attributes: { relation: 'MET', firstSeen: p.first, lastSeen: p.last } });
  }

  // A node exists from its first dated edge to its last; an edge that started and has not ended
  // (a tenure still held) keeps it open. Undated edges bound nothing.
  const span = new Map<string, { start: string | null; end: string | null; open: boolean; weight: number }>();
  for (const e of edges.values()) {
    for (const id of [e.source, e.target]) {
      const s = span.get(id) ?? { start: null, end: null, open: false, weight: 0 };
      s.start = min(s.start, e.start);
      s.end = max(s.end, e.end);
      s.open ||= e.start !== null && e.end === null;
      s.weight += e.weight;
      span.set(id, s);
    }
  }
  for (const n of nodes.values()) {
    const s = span.get(n.id);
    n.attributes.weight = s?.weight ?? 0;
    if (n.attributes.kind === 'MEETING' || !s) continue;
    n.start = s.start;
    n.end = s.open ? null : s.end;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
