// The graph store over Neo4j: the statements in cypher/ beside this file, sent by a CypherRunner
// that only sends statements and returns plain rows.
import type { ArticleFacts } from '../../model/facts';
import { CadreError } from '../../model/errors';
import { fold, nameKey } from '../../text';
import { PERSON_RELATIONSHIPS } from '../graph-batch';
import { attachToKeptPeople, freshBatches, personIdsOf, prepareArticle, upsertResults } from '../upsert-plan';
import type { GraphBatch } from '../graph-batch';
import { buildWriteRows } from '../write-rows';
import * as S from '../graph-store';
import { pickHolders, titleCandidates } from '../holders';
import { buildNetwork } from '../network';
import { ATTENDED_ROLES, relationshipType, type QuerySet } from './queries';
import { ALL_KINDS, ALL_LEVELS, directiveFilterParams, folded, meetingFilterParams, organizationFilterParams, personFilterParams, placeFilter, placeFilters } from '../filters';
import { labelledNodes } from '../path-nodes';
import { orderOf, placeOf, type Finder } from '../orders';
import { rankSearchHits } from '../search-rank';

import type { Row } from '../records';
import { colleagues, dedupe, ownerSources, participations, sourcesOf, strs, toArticle, toChange, toDirective, toEvent, toLocality, toMeeting, toOrganization, toPerson, toPostHolder, toTenure } from '../records';

export type { Row } from '../records';
export type Params = Record<string, unknown>;
export type Run = (query: string, params?: Params) => Promise<Row[]>;

export interface CypherRunner {
  read: Run;
  /** A statement on its own, outside any transaction (schema changes). */
  command(query: string): Promise<Row[]>;
  /** Runs `work` in one write transaction: all of it is stored, or none. */
  transaction<T>(work: (run: Run) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** What merge-snapshot read before a merge moved anything (see cypher/merge-snapshot.cypher). */
interface MergeSnapshot {
  person: Record<string, unknown> & { aliases?: string[] };
  keptGender: string | null;
  relationships: Array<{ type: string; to: string; props: Record<string, unknown> & { sources?: string[] }; keptSize: number; kept: Record<string, unknown> | null }>;
  events: string[];
}

// An attendance's roles are flags OR-ed together by a move, not lists: the kept person's own come
// back from the snapshot.
const pickRoles = (props: Record<string, unknown> | null) => Object.fromEntries(ATTENDED_ROLES.filter((k) => props && k in props).map((k) => [k, props![k]]));

/** $sources and $citations of the tenure statements: citations are left out only with the sources. */
const tenureParams = (options: S.TenureReadOptions) => ({ sources: options.sources !== false, citations: options.sources !== false || options.citations !== false });

export class CypherStore implements S.GraphStore {
  readonly engine = 'neo4j' as const;

  constructor(
    protected readonly runner: CypherRunner,
    protected readonly q: QuerySet,
  ) {}

  async migrate(): Promise<void> {
    for (const statement of this.q.schema) await this.runner.command(statement);
  }

  async ping(): Promise<void> {
    await this.runner.read(this.q.get('ping'));
  }

  async probeWrite(): Promise<void> {
    await this.runner.transaction((run) => run(this.q.get('write-probe')));
  }

  async upsertArticle(facts: ArticleFacts): Promise<S.UpsertResult> {
    return (await this.upsertArticles([facts]))[0];
  }

  upsertArticles(list: ArticleFacts[]): Promise<S.UpsertResult[]> {
    return this.upsertBatches(list.map(prepareArticle));
  }

  async upsertBatches(list: GraphBatch[]): Promise<S.UpsertResult[]> {
    if (!list.length) return [];
    return this.runner.transaction(async (run) => {
      const present = new Set((await run(this.q.get('articles-present'), { ids: list.map((b) => b.article.id) })).map((r) => String(r.id)));
      const fresh = freshBatches(list, present);
      const { batches, written } = attachToKeptPeople(fresh, await this.aliasMap(run, personIdsOf(fresh)));
      const rows = buildWriteRows(batches);
      for (const [name, nodeRows] of rows.nodes) await run(this.q.get(name), { rows: nodeRows });
      for (const [rel, relRows] of rows.rels) await run(this.q.mergeRelationship(rel), { rows: relRows });
      const events = batches.flatMap((b) => b.events.map((e) => ({ ...e, articleId: b.article.id })));
      if (events.length) await run(this.q.get('upsert-events'), { rows: events });
      return upsertResults(list, written);
    });
  }

  private async aliasMap(run: Run, ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await run(this.q.get('resolve-aliases'), { ids });
    return new Map(rows.map((r) => [String(r.alias), String(r.id)]));
  }

  async mergePeople(keepId: string, dropId: string): Promise<S.PersonRecord> {
    if (keepId === dropId) throw new CadreError('BAD_INPUT', 'cannot merge a person into itself');
    await this.runner.transaction(async (run) => {
      const found = await run(this.q.get('get-people'), { ids: [keepId, dropId] });
      for (const id of [keepId, dropId]) {
        if (!found.some((r) => r.id === id)) throw new CadreError('NOT_FOUND', `no person with id ${id}`);
      }
      const [snapshot] = await run(this.q.get('merge-snapshot'), { keepId, dropId, types: PERSON_RELATIONSHIPS.map(relationshipType) });
      await run(this.q.get('insert-merge-log'), { alias: dropId, kept: keepId, snapshot: JSON.stringify(snapshot), mergedAt: new Date().toISOString() });
      for (const rel of PERSON_RELATIONSHIPS) await run(this.q.moveRelationship(rel), { keepId, dropId });
      await run(this.q.get('move-person-events'), { keepId, dropId });
      await run(this.q.get('finish-merge-people'), { keepId, dropId });
    });
    return (await this.getPeople([keepId]))[0];
  }

  async unmergePeople(aliasId: string): Promise<S.PersonRecord[]> {
    const keepId = await this.runner.transaction(async (run) => {
      const [log] = await run(this.q.get('merge-log'), { alias: aliasId });
      if (!log) throw new CadreError('NOT_FOUND', `${aliasId} was not merged into anyone (or the merge was made before merges were recorded)`);
      const kept = String(log.kept);
      if ((await run(this.q.get('resolve-aliases'), { ids: [kept] })).length) throw new CadreError('CONFLICT', `${kept} was itself merged since: undo that merge first`);
      const snap = JSON.parse(String(log.snapshot)) as MergeSnapshot;
      const person = snap.person;
      await run(this.q.get('restore-person'), { keepId: kept, person, ids: [aliasId, ...(person.aliases ?? [])], keptGender: snap.keptGender });
      for (const rel of PERSON_RELATIONSHIPS) {
        const moved = snap.relationships.filter((r) => r.type === relationshipType(rel));
        if (!moved.length) continue;
        await run(this.q.restoreRelationship(rel), { aliasId, rows: moved.map((r) => ({ to: r.to, props: r.props })) });
        const rows = moved.map((r) => ({ to: r.to, keptSize: r.keptSize, movedSize: r.props.sources?.length ?? 0, kept: pickRoles(r.kept) }));
        await run(this.q.unmoveRelationship(rel), { keepId: kept, rows });
      }
      await run(this.q.get('move-person-events-back'), { keepId: kept, aliasId, ids: snap.events });
      await run(this.q.get('delete-merge-log'), { alias: aliasId });
      // Undone is undecided: the pair is suggested again.
      const [a, b] = [kept, aliasId].sort();
      await run(this.q.get('insert-merge-review'), { a, b, decision: 'UNDECIDED', note: 'merge undone', reviewer: null, decidedAt: new Date().toISOString() });
      return kept;
    });
    const people = await this.getPeople([keepId, aliasId]);
    return [keepId, aliasId].map((id) => people.find((p) => p.id === id)!);
  }

  async reviewMerge(review: Omit<S.MergeReviewRecord, 'decidedAt'>): Promise<S.MergeReviewRecord> {
    if (review.a === review.b) throw new CadreError('BAD_INPUT', 'a pair needs two different people');
    const known = await this.byIds('get-people', [review.a, review.b]);
    for (const id of [review.a, review.b]) if (!known.some((r) => r.id === id)) throw new CadreError('NOT_FOUND', `no person with id ${id}`);
    if (review.decision === 'SAME') await this.mergePeople(review.a, review.b);
    const decidedAt = new Date().toISOString();
    const [a, b] = [review.a, review.b].sort();
    await this.runner.transaction((run) => run(this.q.get('insert-merge-review'), { a, b, decision: review.decision, note: review.note, reviewer: review.reviewer, decidedAt }));
    return { ...review, decidedAt };
  }

  mergeReviews = async () => (await this.runner.read(this.q.get('merge-reviews'))).map((r) => ({
    a: String(r.a), b: String(r.b), decision: r.decision as S.MergeDecision, note: r.note == null ? null : String(r.note),
    reviewer: r.reviewer == null ? null : String(r.reviewer), decidedAt: String(r.decidedAt),
  }));

  async namesakes(): Promise<S.PersonRecord[]> {
    const people = (await this.runner.read(this.q.get('namesakes'))).map(toPerson);
    const count = new Map<string, number>();
    for (const p of people) count.set(nameKey(p.name), (count.get(nameKey(p.name)) ?? 0) + 1);
    return people.filter((p) => count.get(nameKey(p.name))! > 1);
  }

  eventsOfPeople = async (ids: readonly string[]) => (await this.byIds('events-of-people', ids)).map(toEvent);
  tenuresOfPositions = async (ids: readonly string[]) => (await this.byIds('tenures-of-positions', ids)).map(toTenure);
  postHolders = async (ids: readonly string[]) => (await this.byIds('post-holders', ids)).map(toPostHolder);

  async stats(): Promise<S.GraphStats> {
    const count = async (name: string) => {
      const out: Record<string, number> = {};
      for (const r of await this.runner.read(this.q.get(name))) out[String(r.label)] = (out[String(r.label)] ?? 0) + Number(r.count);
      return Object.fromEntries(Object.entries(out).sort());
    };
    return { nodes: await count('stats-nodes'), relationships: await count('stats-relationships') };
  }

  private async byIds(name: string, ids: readonly string[], params: Record<string, unknown> = {}): Promise<Row[]> {
    if (!ids.length) return [];
    return this.runner.read(this.q.get(name), { ...params, ids: [...new Set(ids)] });
  }

  getArticles = async (ids: readonly string[]) => (await this.byIds('get-articles', ids)).map(toArticle);

  async getPeople(ids: readonly string[]): Promise<S.PersonRecord[]> {
    const found = (await this.byIds('get-people', ids)).map(toPerson);
    const missing = ids.filter((id) => !found.some((p) => p.id === id));
    if (!missing.length) return found;
    // Merged-away ids answer with the person they were merged into.
    const aliases = await this.aliasMap(this.runner.read, missing);
    const targets = (await this.byIds('get-people', [...new Set(aliases.values())])).map(toPerson);
    return [...found, ...targets.filter((t) => !found.some((p) => p.id === t.id))];
  }

  getOrganizations = async (ids: readonly string[]) => dedupe((await this.byIds('get-organizations', ids)).map(toOrganization));
  getMeetings = async (ids: readonly string[]) => dedupe((await this.byIds('get-meetings', ids)).map(toMeeting));
  getDirectives = async (ids: readonly string[]) => dedupe((await this.byIds('get-directives', ids)).map(toDirective));
  getLocalities = async (ids: readonly string[]) => (await this.byIds('get-localities', ids)).map(toLocality);

  tenuresOfPeople = async (ids: readonly string[], options: S.TenureReadOptions = {}) =>
    (await this.byIds('tenures-of-people', ids, tenureParams(options))).map(toTenure);
  tenuresOfOrganizations = async (ids: readonly string[], options: S.TenureReadOptions = {}) =>
    (await this.byIds('tenures-of-organizations', ids, tenureParams(options))).map(toTenure);

  async participationsOfMeetings(ids: readonly string[], options: S.ParticipationReadOptions = {}) {
    const sources = options.sources !== false;
    return participations(await this.byIds('chaired-of-meetings', ids, { sources }), await this.byIds('attended-of-meetings', ids, { sources }));
  }

  async participationsOfPeople(ids: readonly string[], options: S.ParticipationReadOptions = {}) {
    const sources = options.sources !== false;
    return participations(await this.byIds('chaired-of-people', ids, { sources }), await this.byIds('attended-of-people', ids, { sources }));
  }

  colleaguesOfPeople = async (ids: readonly string[], limit: number) => colleagues(await this.byIds('colleagues-of-people', ids), limit);

  organizationsOfMeetings = async (ids: readonly string[]) =>
    (await this.byIds('organizations-of-meetings', ids)).map((r) => ({ meetingId: String(r.meetingId), organizationId: String(r.organizationId) }));
  directivesOfMeetings = async (ids: readonly string[]) =>
    (await this.byIds('directives-of-meetings', ids)).map((r) => ({ meetingId: String(r.meetingId), directiveId: String(r.directiveId) }));
  meetingsOfDirectives = async (ids: readonly string[]) =>
    (await this.byIds('meetings-of-directives', ids)).map((r) => ({ directiveId: String(r.directiveId), meetingId: String(r.meetingId) }));
  meetingsOfOrganizations = async (ids: readonly string[]) =>
    (await this.byIds('meetings-of-organizations', ids)).map((r) => ({ organizationId: String(r.organizationId), meetingId: String(r.meetingId) }));
  sourcesOfMeetings = async (ids: readonly string[]) =>
    ownerSources(await this.byIds('sources-of-meetings', ids)).map(({ ownerId, source }) => ({ meetingId: ownerId, source }));
  sourcesOfPeople = async (ids: readonly string[]) =>
    ownerSources(await this.byIds('sources-of-people', ids)).map(({ ownerId, source }) => ({ personId: ownerId, source }));
  sourcesOfDirectives = async (ids: readonly string[]) =>
    ownerSources(await this.byIds('sources-of-directives', ids)).map(({ ownerId, source }) => ({ directiveId: ownerId, source }));

  private async find<T>(finder: Finder, params: Params, page: S.Page, map: (r: Row) => T): Promise<S.PageResult<T>> {
    const { find, count } = this.q.finder(finder, orderOf(finder, page.order));
    const [rows, total] = await Promise.all([
      // One row past the page says whether another follows.
      this.runner.read(find, { ...params, afterKey: page.after?.key ?? null, afterId: page.after?.id ?? null, offset: page.offset ?? 0, limit: page.limit + 1 }),
      this.runner.read(count, { ...params, afterKey: null, afterId: null }),
    ]);
    const shown = rows.slice(0, page.limit);
    return { items: shown.map(map), keys: shown.map((r) => placeOf(r.sortKey, r.id)), hasMore: rows.length > page.limit, totalCount: Number(total[0]?.total ?? 0) };
  }

  findPeople(f: S.PersonFilter, page: S.Page<S.PersonOrderBy>) {
    return this.find('people', personFilterParams(f), page, toPerson);
  }

  findOrganizations(f: S.OrganizationFilter, page: S.Page<S.OrganizationOrderBy>) {
    return this.find('organizations', organizationFilterParams(f), page, toOrganization);
  }

  findMeetings(f: S.MeetingFilter, page: S.Page<S.MeetingOrderBy>) {
    return this.find('meetings', meetingFilterParams(f), page, toMeeting);
  }

  findDirectives(f: S.DirectiveFilter, page: S.Page<S.DirectiveOrderBy>) {
    return this.find('directives', directiveFilterParams(f), page, toDirective);
  }

  async countMeetings(f: S.MeetingFilter, by: S.CountDimension[], limit: number): Promise<S.CountRow[]> {
    const rows = await this.runner.read(this.q.countMeetings(by), { ...meetingFilterParams(f), limit });
    return rows.map((r) => ({ keys: by.map((_, i) => (r[`k${i}`] == null ? null : String(r[`k${i}`]))), count: Number(r.count) }));
  }

  provinces = async () => (await this.runner.read(this.q.get('provinces'))).map(toLocality);

  async holders(query: S.HoldersQuery): Promise<S.TenureRecord[]> {
    const candidates = titleCandidates(query.title);
    if (!candidates.length) return [];
    const rows = await this.runner.read(this.q.get('holders'), {
      titles: candidates.map((c) => c.title), province: placeFilter(query.province), asOf: query.asOf ?? null, sources: query.sources !== false,
    });
    return pickHolders(rows, candidates, folded(query.organization), query.asOf ?? null);
  }

  async search(text: string, limit: number): Promise<S.SearchHit[]> {
    const needle = fold(text);
    if (!needle) return [];
    const rows = await this.runner.read(this.q.get('search'), { words: needle.split(' '), limit });
    return rankSearchHits(needle, rows, limit);
  }

  async shortestConnection(fromId: string, toId: string, maxHops: number): Promise<S.PathResult | null> {
    if (fromId === toId) return null;
    // The search stops at maxHops rather than finding a longer chain and dropping it.
    const rows = await this.runner.read(this.q.shortestPath(Math.min(Math.max(1, maxHops), S.MAX_HOPS)), { fromId, toId });
    const row = rows[0];
    if (!row) return null;
    const ids = strs(row.nodeIds);
    const relations = strs(row.relations);
    if (relations.length > maxHops) return null;
    const nodes = await labelledNodes(ids, this, (list) => this.positionLabels(list));
    const sources = (row.sources as unknown[]) ?? [];
    const quotes = (row.quotes as unknown[]) ?? [];
    const steps = relations.map((relation, i) => ({
      from: nodes[i], to: nodes[i + 1], relation,
      sources: sourcesOf({ sources: sources[i], quotes: quotes[i] }),
    }));
    return { nodes, steps };
  }

  private async positionLabels(ids: string[]): Promise<Array<[string, string]>> {
    const rows = await this.runner.read(this.q.get('position-labels'), { ids });
    return rows.map((r) => [String(r.id), String(r.label)]);
  }

  async network(filter: S.NetworkFilter): Promise<S.NetworkResult> {
    const params = {
      provinces: placeFilters([filter.province], filter.provinces), from: filter.from ?? null, to: filter.to ?? null,
      kinds: filter.kinds?.length ? filter.kinds : ALL_KINDS, levels: filter.levels?.length ? filter.levels : ALL_LEVELS,
    };
    const [participation, tenures, tookPart] = await Promise.all([
      this.runner.read(this.q.get('network-participation'), params),
      this.runner.read(this.q.get('network-tenures'), params),
      this.runner.read(this.q.get('network-took-part'), params),
    ]);
    return buildNetwork({ participation, tenures, tookPart, limit: filter.limit ?? 2000, bodyFilter: !!(filter.kinds?.length || filter.levels?.length) });
  }

  async recentChanges(filter: S.ChangeFilter, limit: number): Promise<S.ChangeRecord[]> {
    const params = { province: placeFilter(filter.province), organizationId: filter.organizationId ?? null, limit };
    return (await this.runner.read(this.q.get('recent-changes'), params)).map(toChange);
  }

  close(): Promise<void> {
    return this.runner.close();
  }
}
