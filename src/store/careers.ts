// Careers across provinces, on top of any GraphStore: which people may be one official (the pure
// scoring is src/tenures/merge-candidates), and the checks a merge must pass. Shared by the API and
// the command line so both refuse and suggest alike.
import { CadreError } from '../model/errors';
import { nameKey } from '../text';
import { mergeCandidates, pairKey, readPosts, type CandidatePerson, type MergeCandidate, type OneHolderTest } from '../tenures';
import type { GraphStore, PersonRecord } from './graph-store';

/** Merging names that differ in letters (Hùng, Hưng) needs `force`: they are most likely two people. */
export async function checkMergeNames(store: GraphStore, keepId: string, dropId: string, force: boolean): Promise<void> {
  if (keepId === dropId) throw new CadreError('BAD_INPUT', `cannot merge ${keepId} into itself`);
  const people = await store.getPeople([keepId, dropId]);
  const find = (id: string) => people.find((p) => p.id === id || p.aliases.includes(id));
  const keep = find(keepId);
  const drop = find(dropId);
  if (!keep) throw new CadreError('NOT_FOUND', `no person with id ${keepId}`);
  if (!drop) throw new CadreError('NOT_FOUND', `no person with id ${dropId}`);
  if (!force && nameKey(keep.name) !== nameKey(drop.name)) {
    throw new CadreError('BAD_INPUT', `the names differ in letters ("${keep.name}" and "${drop.name}"): most likely two people; merge with force to do it anyway`);
  }
}

/** Pairs of namesakes who may be one official, best first, leaving out pairs already reviewed. */
export async function findMergeCandidates(store: GraphStore, isOneHolder: OneHolderTest): Promise<MergeCandidate[]> {
  const people = await store.namesakes();
  if (people.length < 2) return [];
  const ids = people.map((p) => p.id);
  const [tenures, events, reviews] = await Promise.all([store.tenuresOfPeople(ids), store.eventsOfPeople(ids), store.mergeReviews()]);
  const orgIds = [...new Set([...tenures.map((t) => t.organizationId), ...events.map((e) => e.organizationId)])];
  const orgs = await store.getOrganizations(orgIds);
  const localities = await store.getLocalities([...new Set(orgs.flatMap((o) => (o.localityId ? [o.localityId] : [])))]);
  const provinceOfLocality = new Map(localities.map((l) => [l.id, l.level === 'province' ? l.name : l.province]));
  const org = new Map(orgs.map((o) => [o.id, { kind: o.kind, province: o.localityId ? provinceOfLocality.get(o.localityId) ?? null : null }]));
  const titleOf = new Map(tenures.map((t) => [t.positionId, { title: t.title, organizationId: t.organizationId }]));
  const posts = readPosts(tenures, events, (positionId) => {
    const p = titleOf.get(positionId);
    return !!p && isOneHolder(p.title, org.get(p.organizationId)?.kind ?? null);
  });
  const candidates: CandidatePerson[] = people.map((p: PersonRecord) => ({
    id: p.id,
    name: p.name,
    province: p.province,
    tenures: tenures.filter((t) => t.personId === p.id).map((t) => {
      const b = posts.get(t.positionId)?.bounds.get(p.id);
      return { title: t.title, province: org.get(t.organizationId)?.province ?? null, bounds: { start: b?.start ?? null, end: b?.end ?? null }, former: t.status === 'former' };
    }),
    transferProvinces: events
      .filter((e) => e.personId === p.id && e.kind === 'transferred')
      .flatMap((e) => {
        const province = org.get(e.organizationId)?.province;
        return province ? [province] : [];
      }),
  }));
  const decided = new Set(reviews.filter((r) => r.decision !== 'UNDECIDED').map((r) => pairKey(r.a, r.b)));
  return mergeCandidates(candidates, decided);
}

