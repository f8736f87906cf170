// What the exports read (the server's downloads and the CLI's export), through the GraphStore
// interface only, so both engines answer alike: a province, or the whole graph one province at a
// time and then what lies in no province. Each part is whole (its bodies with every holder of
// their posts, its meetings with everyone at them), so a tenure's bounds, computed from all
// holders of its post (src/tenures), are exact within it.
import type {
  ExportEvent, ExportMeeting, ExportOrganization, ExportPart, ExportPerson, ExportScope, ExportSource, ParticipationRow, TenureRow,
} from '../export/types';
import { CadreError } from '../model/errors';
import { readPosts, statesOn, today, type OneHolderTest } from '../tenures';
import { slug } from '../text';
import type { GraphStore, LocalityRecord, MeetingRecord, OrganizationRecord, Page, PageKey, PageResult, SourceRef } from '../store/graph-store';

const PAGE = 500;

/** Every row of a finder in its default order, page after page by keyset (each page starts after the last row's place). */
async function allPages<T>(read: (page: Page<never>) => Promise<PageResult<T>>): Promise<T[]> {
  const out: T[] = [];
  for (let after: PageKey | null = null; ; ) {
    const page: PageResult<T> = await read({ limit: PAGE, after });
    out.push(...page.items);
    if (!page.hasMore || page.items.length === 0) return out;
    after = page.keys[page.keys.length - 1];
  }
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const unique = (ids: Iterable<string | null | undefined>) => [...new Set([...ids].filter((id): id is string => !!id))];

export interface ExportReadOptions {
  /** Which posts have one holder at a time (a later holder ends the earlier one's tenure). */
  isOneHolder: OneHolderTest;
  staleMonths?: number;
  /** The day states are computed on; today by default. */
  asOf?: string;
}

/** One part from its bodies and meetings: everything else is read for them. */
async function readPart(store: GraphStore, province: string | null, organizations: OrganizationRecord[], meetings: MeetingRecord[], options: ExportReadOptions): Promise<ExportPart> {
  const orgIds = organizations.map((o) => o.id);
  const meetingIds = meetings.map((m) => m.id);
  const [tenures, participations, tookPart] = await Promise.all([
    store.tenuresOfOrganizations(orgIds),
    store.participationsOfMeetings(meetingIds),
    store.organizationsOfMeetings(meetingIds),
  ]);
  const holderIds = unique(tenures.map((t) => t.personId));
  const positionIds = new Set(tenures.map((t) => t.positionId));
  const events = (await store.eventsOfPeople(holderIds)).filter((e) => positionIds.has(e.positionId));
  const personIds = unique([...holderIds, ...participations.map((p) => p.personId)]);
  const meetingSources = await store.sourcesOfMeetings(meetingIds);
  const articleIds = unique([
    ...[...tenures, ...participations, ...events].flatMap((r) => r.sources.map((s) => s.articleId)),
    ...meetingSources.map((s) => s.source.articleId),
  ]);
  const inPart = new Set(orgIds);
  const named = unique([...organizations.map((o) => o.parentId), ...events.map((e) => e.decidedById), ...tookPart.map((t) => t.organizationId)]).filter((id) => !inPart.has(id));
  const [people, articles, others] = await Promise.all([
    store.getPeople(personIds).then(byId),
    store.getArticles(articleIds).then(byId),
    store.getOrganizations(named),
  ]);
  const localities = byId(await store.getLocalities(unique([...organizations, ...others, ...meetings].map((r) => r.localityId))));

  const sources = (refs: SourceRef[]): ExportSource[] =>
    refs.map((s) => ({ articleId: s.articleId, url: articles.get(s.articleId)?.url ?? null, title: articles.get(s.articleId)?.title ?? null, quote: s.quote }));
  const place = (l: LocalityRecord | undefined) =>
    !l ? { province: null, district: null } : l.level === 'province' ? { province: l.name, district: null } : { province: l.province, district: l.name };
  const orgs = byId(organizations);
  const nameOf = (personId: string) => people.get(personId)?.name ?? personId;

  const kindOf = (orgId: string) => orgs.get(orgId)?.kind ?? null;
  const titleOf = new Map(tenures.map((t) => [t.positionId, { title: t.title, orgId: t.organizationId }]));
  const posts = readPosts(tenures, events, (id) => {
    const p = titleOf.get(id);
    return !!p && options.isOneHolder(p.title, kindOf(p.orgId));
  });
  const asOf = options.asOf ?? today();
  const states = new Map([...posts.values()].map((post) => [post.positionId, statesOn(post, asOf, options.staleMonths)]));

  const tenureRows: TenureRow[] = tenures.map((t) => {
    const org = orgs.get(t.organizationId);
    const bounds = posts.get(t.positionId)?.bounds.get(t.personId);
    return {
      personId: t.personId,
      personName: nameOf(t.personId),
      title: t.title,
      positionId: t.positionId,
      organizationId: t.organizationId,
      organizationName: org?.name ?? t.organizationId,
      ...place(org?.localityId ? localities.get(org.localityId) : undefined),
      status: t.status.toUpperCase(),
      current: t.status !== 'former',
      state: states.get(t.positionId)?.get(t.personId)?.state ?? null,
      start: bounds?.start ?? null,
      startBasis: bounds?.startBasis ?? null,
      end: bounds?.end ?? null,
      endBasis: bounds?.endBasis ?? null,
      firstSeen: t.firstSeen,
      lastSeen: t.lastSeen,
      citedOn: t.citations.filter((c) => c.status !== 'former').flatMap((c) => (c.date ? [c.date] : [])),
      sources: sources(t.sources),
    };
  });
  tenureRows.sort((a, b) => a.organizationName.localeCompare(b.organizationName, 'vi') || a.title.localeCompare(b.title, 'vi') || a.personName.localeCompare(b.personName, 'vi'));

  const meetingsById = byId(meetings);
  const locality = (id: string | null) => (id ? localities.get(id) : undefined);
  const participationRows: ParticipationRow[] = participations.map((p) => {
    const m = meetingsById.get(p.meetingId);
    return {
      meetingId: p.meetingId,
      meetingDate: m?.date ?? null,
      meetingTitle: m?.title ?? null,
      meetingKind: m?.kind ?? null,
      locality: locality(m?.localityId ?? null)?.name ?? null,
      personId: p.personId,
      personName: nameOf(p.personId),
      chair: p.chair,
      roles: p.roles,
      sources: sources(p.sources),
    };
  });
  participationRows.sort((a, b) => (b.meetingDate ?? '').localeCompare(a.meetingDate ?? '') || a.meetingId.localeCompare(b.meetingId) || Number(b.chair) - Number(a.chair) || a.personName.localeCompare(b.personName, 'vi'));

  const sourcesOfMeeting = new Map<string, SourceRef[]>();
  for (const s of meetingSources) sourcesOfMeeting.set(s.meetingId, [...(sourcesOfMeeting.get(s.meetingId) ?? []), s.source]);
  const exportMeetings: ExportMeeting[] = meetings.map((m) => ({
    id: m.id, date: m.date, title: m.title, kind: m.kind,
    locality: locality(m.localityId)?.name ?? null,
    province: place(locality(m.localityId)).province,
    sources: sources(sourcesOfMeeting.get(m.id) ?? []),
  }));
  const exportOrg = (o: OrganizationRecord): ExportOrganization => ({
    id: o.id, name: o.name, kind: o.kind, level: o.level, parentId: o.parentId, ...place(locality(o.localityId)),
  });
  const exportPeople: ExportPerson[] = personIds.flatMap((id) => {
    const p = people.get(id);
    return p ? [{ id: p.id, name: p.name, gender: p.gender, province: p.province }] : [];
  }).sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id));
  const exportEvents: ExportEvent[] = events.map((e) => ({
    id: e.id, kind: e.kind, personId: e.personId, positionId: e.positionId, title: e.title, organizationId: e.organizationId,
    date: e.date, decisionNumber: e.decisionNumber, decidedById: e.decidedById, sources: sources(e.sources),
  }));
  return {
    province,
    people: exportPeople,
    organizations: organizations.map(exportOrg),
    otherOrganizations: others.map(exportOrg),
    tenures: tenureRows,
    meetings: exportMeetings,
    participations: participationRows,
    tookPart,
    events: exportEvents,
  };
}

/**
 * A province as users write it ("An Giang", "an giang", "an-giang" from a download address), or the
 * bodies and meetings the store's own folded filter finds for the text. Unknown: NOT_FOUND naming
 * the provinces there are.
 */
async function readProvince(store: GraphStore, asked: string, options: ExportReadOptions): Promise<ExportPart> {
  const provinces = await store.provinces();
  const known = provinces.find((p) => slug(p.name) === slug(asked));
  const name = known?.name ?? asked.trim();
  const organizations = await allPages((page) => store.findOrganizations({ province: name }, page));
  const meetings = await allPages((page) => store.findMeetings({ province: name }, page));
  if (organizations.length === 0 && meetings.length === 0) {
    const list = provinces.map((p) => p.name).join(', ');
    throw new CadreError('NOT_FOUND', `no body or meeting of province "${asked}" in the graph${list ? ` (provinces: ${list})` : ''}`);
  }
  const part = await readPart(store, known?.name ?? name, organizations, meetings, options);
  // An abbreviation the store's filter read through the lexicon ("TP.HCM") is named as the graph names it.
  return known ? part : { ...part, province: part.organizations[0]?.province ?? part.meetings[0]?.province ?? name };
}

/** One province; read once (it is checked to exist before anything is written) and kept for every pass. */
export async function provinceScope(store: GraphStore, province: string, options: ExportReadOptions): Promise<ExportScope> {
  const part = await readProvince(store, province, options);
  return {
    name: part.province ?? province,
    async *parts() {
      yield part;
    },
  };
}

/**
 * The whole graph: a part per province, then the bodies and meetings no province holds (a body
 * or meeting listed under two provinces goes with the first). Each pass reads the store again;
 * only one part is in memory at a time (the ids already written are remembered).
 */
export function wholeGraphScope(store: GraphStore, options: ExportReadOptions): ExportScope {
  return {
    name: 'all',
    async *parts() {
      const seenOrgs = new Set<string>();
      const seenMeetings = new Set<string>();
      const fresh = <T extends { id: string }>(rows: T[], seen: Set<string>) => rows.filter((r) => !seen.has(r.id) && (seen.add(r.id), true));
      for (const p of await store.provinces()) {
        const organizations = fresh(await allPages((page) => store.findOrganizations({ province: p.name }, page)), seenOrgs);
        const meetings = fresh(await allPages((page) => store.findMeetings({ province: p.name }, page)), seenMeetings);
        if (organizations.length || meetings.length) yield await readPart(store, p.name, organizations, meetings, options);
      }
      // What no province holds (central bodies and meetings, unplaced ones): one part, so that
      // people who met at central meetings are counted together.
      const organizations = fresh(await allPages((page) => store.findOrganizations({}, page)), seenOrgs);
      const meetings = fresh(await allPages((page) => store.findMeetings({}, page)), seenMeetings);
      if (organizations.length || meetings.length) yield await readPart(store, null, organizations, meetings, options);
    },
  };
}
