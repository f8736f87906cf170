// Popolo (popoloproject.com): the open standard for people in government that parliamentary
// monitoring sites and EveryPolitician use. One JSON document of five arrays: persons,
// organizations, posts (a title in a body, whoever holds it), memberships (a person in a post,
// with dates and sources) and events (meetings, and personnel decisions). Properties Popolo
// does not define (a tenure's basis, a body's level) are kept under their own names, which the
// specification allows.
import { dayOrNull } from './dates';
import { jsonDocumentChunks, section } from './json-document';
import { indexPart, postIdOf } from './part-index';
import type { ExportEvent, ExportMeeting, ExportPart, ExportSource, TenureRow } from './types';

export type PopoloSection = 'persons' | 'organizations' | 'posts' | 'memberships' | 'events';
export const POPOLO_SECTIONS: readonly PopoloSection[] = ['persons', 'organizations', 'posts', 'memberships', 'events'];

type Json = Record<string, unknown>;

/** Popolo's link: a URL with an optional note (here the sentence of the article). */
function links(sources: readonly ExportSource[]): Json[] {
  const seen = new Set<string>();
  const out: Json[] = [];
  for (const s of sources) {
    if (!s.url || seen.has(s.url)) continue;
    seen.add(s.url);
    out.push(s.quote ? { url: s.url, note: s.quote } : { url: s.url });
  }
  return out;
}

/** Drops null and undefined, so a reader never meets `"end_date": null` it must special-case. */
function compact(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}

const postLabel = (title: string, organization: string) => `${title}, ${organization}`;
const membershipId = (t: TenureRow) => `membership/${t.personId}/${postIdOf(t)}`;

function membership(t: TenureRow): Json {
  return compact({
    id: membershipId(t),
    person_id: t.personId,
    organization_id: t.organizationId,
    post_id: postIdOf(t),
    role: t.title,
    label: postLabel(t.title, t.organizationName),
    start_date: dayOrNull(t.start),
    end_date: dayOrNull(t.end),
    start_basis: t.startBasis,
    end_basis: t.endBasis,
    state: t.state,
    status: t.status,
    sources: links(t.sources),
  });
}

function meetingEvent(m: ExportMeeting, part: ExportPart): Json {
  const index = indexPart(part);
  const attendees = index.participations(m.id).map((p) => ({ person_id: p.personId, role: p.chair ? 'chair' : 'attendee' }));
  const bodies = index.bodies(m.id);
  return compact({
    id: m.id,
    name: m.title ?? `meeting ${m.date ?? m.id}`,
    type: 'meeting',
    classification: m.kind,
    start_date: dayOrNull(m.date),
    organization_id: bodies[0],
    organization_ids: bodies.length ? bodies : null,
    attendees,
    sources: links(m.sources),
  });
}

function personnelEvent(e: ExportEvent, part: ExportPart): Json {
  const organization = indexPart(part).organizationName(e.organizationId);
  return compact({
    id: e.id,
    name: `${e.kind}: ${postLabel(e.title, organization)}`,
    type: 'personnel',
    classification: e.kind,
    start_date: dayOrNull(e.date),
    organization_id: e.organizationId,
    person_id: e.personId,
    post_id: e.positionId,
    identifier: e.decisionNumber,
    decided_by_id: e.decidedById,
    sources: links(e.sources),
  });
}

/** The items of one section that a part holds. */
export function popoloItems(section: PopoloSection, part: ExportPart): Json[] {
  switch (section) {
    case 'persons':
      return part.people.map((p) => compact({ id: p.id, name: p.name, gender: p.gender ? p.gender.toLowerCase() : null, province: p.province }));
    case 'organizations':
      return [...part.organizations, ...(part.otherOrganizations ?? [])].map((o) => compact({ id: o.id, name: o.name, classification: o.kind, parent_id: o.parentId, level: o.level, province: o.province, district: o.district }));
    case 'posts':
      return part.tenures.map((t) => compact({ id: postIdOf(t), label: postLabel(t.title, t.organizationName), role: t.title, organization_id: t.organizationId }));
    case 'memberships':
      return part.tenures.map(membership);
    case 'events':
      return [...part.meetings.map((m) => meetingEvent(m, part)), ...part.events.map((e) => personnelEvent(e, part))];
  }
}

/** The document, one section after another, each read part by part. */
export function popoloChunks(parts: () => AsyncIterable<ExportPart>): AsyncGenerator<string> {
  const sections = POPOLO_SECTIONS.map((name) => section(name, (part) => popoloItems(name, part), (item) => String(item.id)));
  return jsonDocumentChunks({ format: 'popolo', generator: 'cadregraph' }, sections, parts);
}
