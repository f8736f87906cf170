// FollowTheMoney entities (the model of OpenSanctions and Aleph), one JSON object per line:
// { id, schema, properties: { name: ["..."], ... } }, every property value a list of strings.
// Person, PublicBody (Organization for mass organizations, which are not state bodies),
// Position (a title in a body), Occupancy (a person in a Position, with dates), Event (meetings
// and personnel decisions). Every entity that rests on articles carries their URLs in sourceUrl.
import { dayOrNull } from './dates';
import { indexPart, postIdOf } from './part-index';
import type { ExportPart, ExportSource } from './types';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const COUNTRY = 'vn';

/** Leaves out empty values and properties, as FtM tools expect. */
function entity(id: string, schema: string, props: Record<string, Array<string | null | undefined> | string | null | undefined>): FtmEntity {
  const properties: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(props)) {
    const values = [...new Set((Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && x !== ''))];
    if (values.length) properties[k] = values;
  }
  return { id, schema, properties };
}

const urls = (sources: readonly ExportSource[]) => sources.map((s) => s.url);

/** FtM's Occupancy status: current, ended or unknown. */
const occupancyStatus = (state: string | null | undefined) => (state === 'HOLDING' ? 'current' : state === 'ENDED' ? 'ended' : 'unknown');

export function ftmEntities(part: ExportPart): FtmEntity[] {
  const out: FtmEntity[] = [];
  const index = indexPart(part);
  // A person's sources: the articles that state their titles and their presence at meetings here.
  const personUrls = new Map<string, Array<string | null | undefined>>();
  for (const r of [...part.tenures, ...part.participations]) {
    const list = personUrls.get(r.personId) ?? [];
    list.push(...urls(r.sources));
    personUrls.set(r.personId, list);
  }
  for (const p of part.people) {
    out.push(entity(p.id, 'Person', { name: p.name, gender: p.gender?.toLowerCase(), nationality: COUNTRY, country: COUNTRY, sourceUrl: personUrls.get(p.id) }));
  }
  for (const o of [...part.organizations, ...(part.otherOrganizations ?? [])]) {
    out.push(entity(o.id, o.kind === 'mass-organization' ? 'Organization' : 'PublicBody', {
      name: o.name, jurisdiction: COUNTRY, country: COUNTRY, parent: o.parentId, classification: o.kind, summary: o.level ? `${o.kind}, ${o.level}` : o.kind,
    }));
  }
  const positions = new Set<string>();
  for (const t of part.tenures) {
    const positionId = postIdOf(t);
    if (!positions.has(positionId)) {
      positions.add(positionId);
      out.push(entity(positionId, 'Position', { name: `${t.title}, ${t.organizationName}`, organization: t.organizationId, country: COUNTRY, subnationalArea: t.province }));
    }
    out.push(entity(`occupancy/${t.personId}/${positionId}`, 'Occupancy', {
      holder: t.personId, post: positionId,
      startDate: dayOrNull(t.start), endDate: t.endBasis === 'LAST_SEEN' ? null : dayOrNull(t.end),
      status: occupancyStatus(t.state),
      summary: [t.startBasis ? `start ${t.startBasis}` : null, t.endBasis ? `end ${t.endBasis}${t.endBasis === 'LAST_SEEN' ? ` ${t.end}` : ''}` : null].filter(Boolean).join('; '),
      sourceUrl: urls(t.sources),
    }));
  }
  for (const m of part.meetings) {
    const here = index.participations(m.id);
    const bodies = index.bodies(m.id);
    out.push(entity(m.id, 'Event', {
      name: m.title ?? `meeting ${m.date ?? m.id}`, date: dayOrNull(m.date), summary: m.kind, location: m.locality, country: COUNTRY,
      organizer: [...here.filter((p) => p.chair).map((p) => p.personId), ...bodies],
      involved: here.map((p) => p.personId),
      sourceUrl: urls(m.sources),
    }));
  }
  for (const e of part.events) {
    out.push(entity(e.id, 'Event', {
      name: `${e.kind}: ${e.title}, ${index.organizationName(e.organizationId)}`, date: dayOrNull(e.date),
      summary: e.decisionNumber ? `${e.kind} by decision ${e.decisionNumber}` : e.kind, country: COUNTRY,
      involved: [e.personId, e.organizationId], organizer: e.decidedById,
      sourceUrl: urls(e.sources),
    }));
  }
  return out;
}

/** JSON Lines, part by part; an id already written (a central official in two provinces) is skipped. */
export async function* ftmChunks(parts: () => AsyncIterable<ExportPart>): AsyncGenerator<string> {
  const seen = new Set<string>();
  for await (const part of parts()) {
    let chunk = '';
    for (const e of ftmEntities(part)) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      chunk += JSON.stringify(e) + '\n';
    }
    if (chunk) yield chunk;
  }
}
