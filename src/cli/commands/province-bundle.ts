// Everything the exports need about one province, read through the store interface: its
// network, who holds which title in its bodies, and who took part in its meetings.
import type { ExportBundle, ExportSource, ParticipationRow, TenureRow } from '../../export';
import { CadreError } from '../../model/errors';
import type { GraphStore, LocalityRecord, SourceRef } from '../../store/graph-store';

const PAGE = 500;
/** Whole-province exports are not cut like the dashboard's view. */
const NETWORK_LIMIT = 1_000_000;

async function allPages<T>(read: (offset: number) => Promise<{ items: T[]; totalCount: number }>): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await read(offset);
    out.push(...page.items);
    if (page.items.length < PAGE || out.length >= page.totalCount) return out;
  }
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

export async function readProvinceBundle(store: GraphStore, province: string): Promise<ExportBundle> {
  const organizations = await allPages((offset) => store.findOrganizations({ province }, { limit: PAGE, offset }));
  const meetings = await allPages((offset) => store.findMeetings({ province }, { limit: PAGE, offset }));
  if (organizations.length === 0 && meetings.length === 0) {
    const known = (await store.provinces()).map((p) => p.name).join(', ');
    throw new CadreError('NOT_FOUND', `no body or meeting of province "${province}" in the graph${known ? ` (provinces: ${known})` : ''}`);
  }
  const [network, tenures, participations] = await Promise.all([
    store.network({ province, limit: NETWORK_LIMIT }),
    store.tenuresOfOrganizations(organizations.map((o) => o.id)),
    store.participationsOfMeetings(meetings.map((m) => m.id)),
  ]);
  const personIds = [...new Set([...tenures.map((t) => t.personId), ...participations.map((p) => p.personId)])];
  const articleIds = [...new Set([...tenures, ...participations].flatMap((r) => r.sources.map((s) => s.articleId)))];
  const localityIds = [...new Set([...organizations, ...meetings].map((r) => r.localityId).filter((id): id is string => !!id))];
  const [people, articles, localities] = await Promise.all([
    store.getPeople(personIds).then(byId),
    store.getArticles(articleIds).then(byId),
    store.getLocalities(localityIds).then(byId),
  ]);
  const orgs = byId(organizations);
  const meetingsById = byId(meetings);
  const sources = (refs: SourceRef[]): ExportSource[] =>
    refs.map((s) => ({ articleId: s.articleId, url: articles.get(s.articleId)?.url ?? null, title: articles.get(s.articleId)?.title ?? null }));
  const place = (l: LocalityRecord | undefined) =>
    !l ? { province: null, district: null } : l.level === 'province' ? { province: l.name, district: null } : { province: l.province, district: l.name };

  const tenureRows: TenureRow[] = tenures.map((t) => {
    const org = orgs.get(t.organizationId);
    return {
      personId: t.personId,
      personName: people.get(t.personId)?.name ?? t.personId,
      title: t.title,
      organizationId: t.organizationId,
      organizationName: org?.name ?? t.organizationId,
      ...place(org?.localityId ? localities.get(org.localityId) : undefined),
      status: t.status.toUpperCase(),
      current: t.status !== 'former',
      firstSeen: t.firstSeen,
      lastSeen: t.lastSeen,
      sources: sources(t.sources),
    };
  });
  tenureRows.sort((a, b) => a.organizationName.localeCompare(b.organizationName, 'vi') || a.title.localeCompare(b.title, 'vi') || a.personName.localeCompare(b.personName, 'vi'));

  const participationRows: ParticipationRow[] = participations.map((p) => {
    const m = meetingsById.get(p.meetingId);
    return {
      meetingId: p.meetingId,
      meetingDate: m?.date ?? null,
      meetingTitle: m?.title ?? null,
      meetingKind: m?.kind ?? null,
      locality: m?.localityId ? localities.get(m.localityId)?.name ?? null : null,
      personId: p.personId,
      personName: people.get(p.personId)?.name ?? p.personId,
      chair: p.chair,
      roles: p.roles,
      sources: sources(p.sources),
    };
  });
  participationRows.sort((a, b) => (b.meetingDate ?? '').localeCompare(a.meetingDate ?? '') || a.meetingId.localeCompare(b.meetingId) || Number(b.chair) - Number(a.chair) || a.personName.localeCompare(b.personName, 'vi'));

  const provinceName = localities.get(organizations[0]?.localityId ?? meetings[0]?.localityId ?? '')?.level === 'province'
    ? localities.get(organizations[0]?.localityId ?? meetings[0]?.localityId ?? '')!.name
    : province;
  // Levels as the GraphQL API spells them, so a file from the CLI and one from the dashboard agree.
  const nodes = network.nodes.map((n) => ({ ...n, level: n.level ? n.level.toUpperCase() : null }));
  return { province: provinceName, network: { ...network, nodes }, tenures: tenureRows, participations: participationRows };
}
