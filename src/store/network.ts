// Builds the leadership network of places from three flat reads: who took part in which
// meeting, who holds a title in which body, which bodies took part in which meeting. People
// who met are linked, weighted by the meetings they shared; every link keeps the dates it was
// seen on (meeting dates, the dates of a title's evidence), for its years and first and last
// sighting. Pure.
import type { Row } from './records';
import type { NetworkEdge, NetworkNode, NetworkResult } from './graph-store';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A title's evidence dates: a list (Neo4j) or its JSON text (SQLite). */
const datesOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : typeof v === 'string' ? (JSON.parse(v) as unknown[]) : []);

interface Input {
  participation: Row[];
  tenures: Row[];
  tookPart: Row[];
  limit: number;
  /** When bodies are filtered, only people holding a title in a remaining body are kept. */
  bodyFilter: boolean;
}

export function buildNetwork({ participation, tenures, tookPart, limit, bodyFilter }: Input): NetworkResult {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  const node = (n: Omit<NetworkNode, 'weight'>) => {
    if (!nodes.has(n.id)) nodes.set(n.id, { ...n, weight: 0 });
    return nodes.get(n.id)!;
  };
  const seen = new Map<NetworkEdge, Set<string>>();
  const edge = (source: string, target: string, relation: string, weight: number, dates: unknown[]) => {
    const key = `${source}\u0000${target}\u0000${relation}`;
    let e = edges.get(key);
    if (e) e.weight += weight;
    else edges.set(key, (e = { source, target, relation, weight, years: [], firstSeen: null, lastSeen: null }));
    const days = seen.get(e) ?? new Set<string>();
    for (const d of dates) if (typeof d === 'string' && FULL_DATE.test(d)) days.add(d);
    seen.set(e, days);
  };

  const holders = new Set<string>();
  for (const r of tenures) {
    const personId = String(r.personId);
    holders.add(personId);
    node({ id: personId, kind: 'PERSON', label: String(r.personName), category: null, level: null });
    node({ id: String(r.organizationId), kind: 'ORGANIZATION', label: String(r.organizationName), category: String(r.kind), level: r.level as NetworkNode['level'] });
    edge(personId, String(r.organizationId), 'HOLDS', Number(r.sourceCount ?? 1), datesOf(r.dates));
  }

  const meetingPeople = new Map<string, { people: Set<string>; date: unknown }>();
  for (const r of participation) {
    const personId = String(r.personId);
    if (bodyFilter && !holders.has(personId)) continue;
    node({ id: personId, kind: 'PERSON', label: String(r.personName), category: null, level: null });
    node({ id: String(r.meetingId), kind: 'MEETING', label: String(r.meetingTitle ?? r.meetingId), category: r.meetingKind ? String(r.meetingKind) : null, level: null });
    edge(personId, String(r.meetingId), String(r.relation), 1, [r.meetingDate]);
    const m = meetingPeople.get(String(r.meetingId)) ?? { people: new Set<string>(), date: r.meetingDate };
    m.people.add(personId);
    meetingPeople.set(String(r.meetingId), m);
  }
  for (const { people, date } of meetingPeople.values()) {
    const list = [...people].sort();
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) edge(list[i], list[j], 'MET', 1, [date]);
  }
  for (const r of tookPart) {
    if (nodes.has(String(r.organizationId)) && nodes.has(String(r.meetingId))) edge(String(r.organizationId), String(r.meetingId), 'TOOK_PART', 1, [r.meetingDate]);
  }
  for (const [e, days] of seen) {
    const sorted = [...days].sort();
    e.years = [...new Set(sorted.map((d) => Number(d.slice(0, 4))))];
    e.firstSeen = sorted[0] ?? null;
    e.lastSeen = sorted.at(-1) ?? null;
  }

  for (const e of edges.values()) {
    nodes.get(e.source)!.weight += e.weight;
    nodes.get(e.target)!.weight += e.weight;
  }
  const ranked = [...nodes.values()].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  const kept = new Set(ranked.slice(0, Math.max(0, limit)).map((n) => n.id));
  return {
    nodes: ranked.filter((n) => kept.has(n.id)),
    edges: [...edges.values()].filter((e) => kept.has(e.source) && kept.has(e.target)),
    truncated: kept.size < nodes.size,
  };
}
