// The graph store on SQLite (better-sqlite3): the statements in sql/, one connection per
// process. better-sqlite3 is synchronous, so every method runs to its end without yielding:
// a transaction never interleaves with other work of the process, and WAL lets other processes
// read while this one writes.
import type { Database } from 'better-sqlite3';
import type { ArticleFacts } from '../../model/facts';
import { CadreError } from '../../model/errors';
import { fold, nameKey } from '../../text';
import * as S from '../graph-store';
import { matchesCandidate, pickHolders, titleCandidates } from '../holders';
import { buildNetwork } from '../network';
import { ALL_KINDS, ALL_LEVELS, directiveFilterParams, folded, meetingFilterParams, organizationFilterParams, personFilterParams, placeFilter, placeFilters } from '../filters';
import { labelledNodes } from '../path-nodes';
import { orderOf, placeOf, type Finder } from '../orders';
import { orderSlots } from './orders';
import { countSlots } from './counts';
import { colleagues, dedupe, ownerSources, participations, toArticle, toChange, toDirective, toEvent, toLocality, toMeeting, toOrganization, toPerson, toPostHolder, toTenure } from '../records';
import { rankSearchHits } from '../search-rank';
import { attachToKeptPeople, freshBatches, personIdsOf, prepareArticle, upsertResults } from '../upsert-plan';
import type { GraphBatch } from '../graph-batch';
import { groupEvidence, inStoredOrder, summedEvidence } from './evidence';
import { PostCache } from './post-cache';
import { GraphWriter } from './graph-writer';
import { FileKeeper } from './file-keeper';
import { mergePerson, unmergePerson } from './merges';
import { Statements, type Params, type Row, type Slots } from './statements';
import { storeError } from './errors';
import { shortestPath, type FoundPath } from './shortest-path';

const ids = (list: readonly string[]) => [...new Set(list)];

/** A person row with its aliases as SQLite lists them (JSON); the row is this read's own, so it is filled in place. */
const personOf = (r: Row) => {
  r.aliases = JSON.parse(String(r.aliases ?? '[]'));
  return toPerson(r);
};

export class SqliteStore implements S.GraphStore {
  readonly engine = 'sqlite' as const;
  private readonly sql: Statements;
  /** Prepared on the first write: a bulk load, which writes rows of its own before any index exists, never needs it. */
  private writerOnce: GraphWriter | null = null;
  private get writer(): GraphWriter {
    return (this.writerOnce ??= new GraphWriter(this.db));
  }
  /** That the file is still the one opened, has room, and has its log checkpointed. */
  private readonly fileKeeper: FileKeeper;
  private wrote = false;
  private readonly posts: PostCache;
  /** The {{EVIDENCE}} of the statements that read relationships with their evidence, and without sources. */
  private readonly evidenceSlot: Slots;
  private readonly citationsSlot: Slots;
  private readonly summarySlot: Slots;

  constructor(
    private readonly db: Database,
    /** The database file, for messages. */
    readonly file: string,
    /** A bulk load into a new file keeps no log to checkpoint (bulk-load.ts). */
    options: { checkpoints?: boolean } = {},
  ) {
    this.sql = new Statements(db);
    this.evidenceSlot = { EVIDENCE: this.sql.text('edge-evidence') };
    this.citationsSlot = { EVIDENCE: this.sql.text('edge-citations') };
    this.summarySlot = { EVIDENCE: this.sql.text('edge-summary') };
    this.fileKeeper = new FileKeeper(db, file, options.checkpoints ?? true);
    const dataVersion = db.prepare('PRAGMA data_version').pluck();
    this.posts = new PostCache(() => dataVersion.get());
  }

  /** Runs `work` and turns SQLite's failures into errors the user can act on. */
  private answer<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (e) {
      return Promise.reject(storeError(e, this.file));
    }
  }

  /**
   * Runs `work` as one write transaction. IMMEDIATE takes the write lock first: a second writer
   * waits here (busy_timeout), never halfway. A write is acknowledged only if it went into the
   * file at the store's path (file-keeper.ts). The writer's memory of what is stored is checked first, and dropped when the transaction
   * fails (what it met there was rolled back) or rewrote people.
   */
  private writing<T>(work: () => T, { rewritesPeople = false, foreignKeys = true } = {}): Promise<T> {
    return this.answer(() => {
      this.fileKeeper.beforeWrite();
      // Only outside a transaction does SQLite change this.
      if (!foreignKeys) this.db.pragma('foreign_keys = OFF');
      try {
        const result = this.db.transaction(() => {
          this.writer.begin();
          return work();
        }).immediate();
        this.fileKeeper.afterCommit();
        return result;
      } catch (e) {
        this.writer.forget();
        throw e;
      } finally {
        if (!foreignKeys) this.db.pragma('foreign_keys = ON');
        this.posts.forget(); // this connection's own commits do not move PRAGMA data_version
        if (rewritesPeople) this.writer.forget();
      }
    });
  }

  private all = (name: string, params: Params = {}, slots: Slots = {}) => this.sql.all(name, params, slots);

  /** The schema is applied when the store is opened (open.ts); nothing is left to do. */
  migrate(): Promise<void> {
    return Promise.resolve();
  }

  ping(): Promise<void> {
    return this.answer(() => void this.sql.get('ping'));
  }

  probeWrite(): Promise<void> {
    return this.answer(() => {
      this.fileKeeper.checkInPlace();
      this.fileKeeper.checkRoom();
      const wait = this.db.pragma('busy_timeout', { simple: true });
      this.db.pragma('busy_timeout = 0');
      try {
        this.db.exec('BEGIN IMMEDIATE');
        try {
          this.sql.run('write-probe');
        } finally {
          this.db.exec('ROLLBACK');
        }
      } catch (e) {
        // Another process is writing: the file takes writes, ours would wait its turn.
        if (String((e as { code?: string }).code).startsWith('SQLITE_BUSY')) return;
        throw e;
      } finally {
        this.db.pragma(`busy_timeout = ${Number(wait)}`);
      }
    });
  }

  upsertArticle(facts: ArticleFacts): Promise<S.UpsertResult> {
    return this.upsertArticles([facts]).then((r) => r[0]);
  }

  upsertArticles(list: ArticleFacts[]): Promise<S.UpsertResult[]> {
    return this.upsertBatches(list.map(prepareArticle));
  }

  upsertBatches(list: GraphBatch[]): Promise<S.UpsertResult[]> {
    if (!list.length) return Promise.resolve([]);
    const write = () => {
      const present = new Set(this.all('articles-present', { ids: list.map((b) => b.article.id) }).map((r) => String(r.id)));
      const fresh = freshBatches(list, present);
      const { batches, written } = attachToKeptPeople(fresh, this.aliasMap(personIdsOf(fresh)));
      for (const b of batches) this.writer.write(b);
      this.wrote ||= batches.length > 0;
      return upsertResults(list, written);
    };
    // Each batch writes its nodes before what refers to them (graph-batch.ts), so checking every
    // reference (a tenth of the writer's time) would only find what was just written.
    return this.writing(write, { foreignKeys: false });
  }

  private aliasMap(personIds: string[]): Map<string, string> {
    if (!personIds.length) return new Map();
    return new Map(this.all('resolve-aliases', { ids: personIds }).map((r) => [String(r.alias), String(r.id)]));
  }

  async mergePeople(keepId: string, dropId: string): Promise<S.PersonRecord> {
    if (keepId === dropId) throw new CadreError('BAD_INPUT', 'cannot merge a person into itself');
    await this.writing(() => mergePerson(this.sql, keepId, dropId), { rewritesPeople: true });
    return (await this.getPeople([keepId]))[0];
  }

  async unmergePeople(aliasId: string): Promise<S.PersonRecord[]> {
    const kept = await this.writing(() => unmergePerson(this.sql, this.writer, aliasId), { rewritesPeople: true });
    const people = await this.getPeople([kept, aliasId]);
    return [kept, aliasId].map((id) => people.find((p) => p.id === id)!);
  }

  reviewMerge(review: Omit<S.MergeReviewRecord, 'decidedAt'>): Promise<S.MergeReviewRecord> {
    if (review.a === review.b) return Promise.reject(new CadreError('BAD_INPUT', 'a pair needs two different people'));
    return this.writing(() => {
      const decidedAt = new Date().toISOString();
      // SAME merges b into a; the decision is stored under the pair in either order.
      if (review.decision === 'SAME') mergePerson(this.sql, review.a, review.b);
      else if (this.byIds('get-people', [review.a, review.b]).length < 2) {
        const known = new Set(this.byIds('get-people', [review.a, review.b]).map((r) => String(r.id)));
        throw new CadreError('NOT_FOUND', `no person with id ${known.has(review.a) ? review.b : review.a}`);
      }
      const [a, b] = [review.a, review.b].sort();
      this.sql.run('insert-merge-review', { a, b, decision: review.decision, note: review.note, reviewer: review.reviewer, decidedAt });
      return { ...review, decidedAt };
    }, { rewritesPeople: review.decision === 'SAME' });
  }

  mergeReviews = () => this.answer(() => this.all('merge-reviews').map((r) => ({
    a: String(r.a), b: String(r.b), decision: r.decision as S.MergeDecision, note: r.note === null ? null : String(r.note),
    reviewer: r.reviewer === null ? null : String(r.reviewer), decidedAt: String(r.decidedAt),
  })));

  namesakes(): Promise<S.PersonRecord[]> {
    return this.answer(() => {
      const people = this.all('namesakes').map((r) => personOf(r));
      const count = new Map<string, number>();
      for (const p of people) count.set(nameKey(p.name), (count.get(nameKey(p.name)) ?? 0) + 1);
      return people.filter((p) => count.get(nameKey(p.name))! > 1);
    });
  }

  eventsOfPeople = (list: readonly string[]) => this.answer(() => this.byIds('events-of-people', list).map(toEvent));

  stats(): Promise<S.GraphStats> {
    return this.answer(() => {
      const count = (name: string) =>
        Object.fromEntries(this.all(name).filter((r) => Number(r.count) > 0).map((r): [string, number] => [String(r.label), Number(r.count)]).sort(([a], [b]) => a.localeCompare(b)));
      return { nodes: count('stats-nodes'), relationships: count('stats-relationships') };
    });
  }

  private byIds(name: string, list: readonly string[], slots: Slots = this.evidenceSlot): Row[] {
    return list.length ? this.all(name, { ids: ids(list) }, slots) : [];
  }

  getArticles = (list: readonly string[]) => this.answer(() => this.byIds('get-articles', list).map(toArticle));

  getPeople(list: readonly string[]): Promise<S.PersonRecord[]> {
    return this.answer(() => {
      const people = (l: readonly string[]) => this.byIds('get-people', l).map((r) => personOf(r));
      const found = people(list);
      const missing = list.filter((id) => !found.some((p) => p.id === id));
      if (!missing.length) return found;
      // Merged-away ids answer with the person they were merged into.
      const targets = people([...new Set(this.aliasMap(missing).values())]);
      return [...found, ...targets.filter((t) => !found.some((p) => p.id === t.id))];
    });
  }

  getOrganizations = (list: readonly string[]) => this.answer(() => dedupe(this.byIds('get-organizations', list).map(toOrganization)));
  getMeetings = (list: readonly string[]) => this.answer(() => dedupe(this.byIds('get-meetings', list).map(toMeeting)));
  getDirectives = (list: readonly string[]) => this.answer(() => dedupe(this.byIds('get-directives', list).map(toDirective)));
  getLocalities = (list: readonly string[]) => this.answer(() => this.byIds('get-localities', list).map(toLocality));

  // One statement per owner kind, each starting from the index of that owner.
  private tenures = (name: string, list: readonly string[], options: S.TenureReadOptions = {}) =>
    this.answer(() => {
      if (options.sources === false && options.citations === false) return summedEvidence(inStoredOrder(this.byIds(name, list, this.summarySlot))).map(toTenure);
      return groupEvidence(inStoredOrder(this.byIds(name, list, this.evidenceOf(options)))).map(toTenure);
    });
  tenuresOfPeople = (list: readonly string[], options?: S.TenureReadOptions) => this.tenures('tenures-of-people', list, options);
  tenuresOfOrganizations = (list: readonly string[], options?: S.TenureReadOptions) => this.tenures('tenures-of-organizations', list, options);
  tenuresOfPositions = (list: readonly string[]) => this.tenures('tenures-of-positions', list);
  postHolders = (list: readonly string[]) => this.answer(() => this.posts.read(list, (missing) => this.byIds('post-holders', missing).map(toPostHolder)));

  private participations(rows: Row[]): S.ParticipationRecord[] {
    const edges = groupEvidence(rows);
    return participations(edges.filter((e) => e.type === 'CHAIRED'), edges.filter((e) => e.type === 'ATTENDED'));
  }

  private evidenceOf = (options: { sources?: boolean } = {}) => (options.sources === false ? this.citationsSlot : this.evidenceSlot);
  participationsOfMeetings = (list: readonly string[], options?: S.ParticipationReadOptions) =>
    this.answer(() => this.participations(inStoredOrder(this.byIds('participations-of-meetings', list, this.evidenceOf(options)))));
  participationsOfPeople = (list: readonly string[], options?: S.ParticipationReadOptions) =>
    this.answer(() => this.participations(this.byIds('participations-of-people', list, this.evidenceOf(options))));

  colleaguesOfPeople = (list: readonly string[], limit: number) => this.answer(() => colleagues(this.byIds('colleagues-of-people', list), limit));

  private pairs<A extends string, B extends string>(name: string, list: readonly string[], a: A, b: B) {
    return this.answer(() => this.byIds(name, list).map((r) => ({ [a]: String(r[a]), [b]: String(r[b]) }) as Record<A | B, string>));
  }

  organizationsOfMeetings = (list: readonly string[]) => this.pairs('organizations-of-meetings', list, 'meetingId', 'organizationId');
  directivesOfMeetings = (list: readonly string[]) => this.pairs('directives-of-meetings', list, 'meetingId', 'directiveId');
  meetingsOfDirectives = (list: readonly string[]) => this.pairs('meetings-of-directives', list, 'directiveId', 'meetingId');
  meetingsOfOrganizations = (list: readonly string[]) => this.pairs('meetings-of-organizations', list, 'organizationId', 'meetingId');

  private sources(name: string, list: readonly string[]) {
    return ownerSources(this.byIds(name, list).map((r) => ({ ownerId: r.ownerId, sources: [r.articleId], quotes: [r.quote] })));
  }

  sourcesOfMeetings = (list: readonly string[]) => this.answer(() => this.sources('sources-of-meetings', list).map(({ ownerId, source }) => ({ meetingId: ownerId, source })));
  sourcesOfPeople = (list: readonly string[]) => this.answer(() => this.sources('sources-of-people', list).map(({ ownerId, source }) => ({ personId: ownerId, source })));
  sourcesOfDirectives = (list: readonly string[]) => this.answer(() => this.sources('sources-of-directives', list).map(({ ownerId, source }) => ({ directiveId: ownerId, source })));

  private find<T>(finder: Finder, params: Params, page: S.Page, map: (r: Row) => T): Promise<S.PageResult<T>> {
    const slots = { ...orderSlots(finder, orderOf(finder, page.order)), MEETING_FILTER: this.sql.text('meeting-filter') };
    return this.answer(() => {
      // One row past the page says whether another follows.
      const rows = this.all(`find-${finder}`, { ...params, afterKey: page.after?.key ?? null, afterId: page.after?.id ?? null, limit: page.limit + 1, offset: page.offset ?? 0 }, slots);
      const shown = rows.slice(0, page.limit);
      return { items: shown.map(map), keys: shown.map((r) => placeOf(r.sortKey, r.id)), hasMore: rows.length > page.limit, totalCount: this.sql.count(`find-${finder}`, params, slots) };
    });
  }

  findPeople(f: S.PersonFilter, page: S.Page<S.PersonOrderBy>) {
    return this.find('people', personFilterParams(f), page,
      (r) => personOf(r));
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

  countMeetings(f: S.MeetingFilter, by: S.CountDimension[], limit: number): Promise<S.CountRow[]> {
    return this.answer(() => this.all('count-meetings', { ...meetingFilterParams(f), limit }, { ...countSlots(by), MEETING_FILTER: this.sql.text('meeting-filter') })
      .map((r) => ({ keys: by.map((_, i) => (r[`k${i}`] == null ? null : String(r[`k${i}`]))), count: Number(r.count) })));
  }

  provinces = () => this.answer(() => this.all('provinces').map(toLocality));

  holders(query: S.HoldersQuery): Promise<S.TenureRecord[]> {
    return this.answer(() => {
      const candidates = titleCandidates(query.title);
      if (!candidates.length) return [];
      const asOf = query.asOf ?? null;
      const organization = folded(query.organization);
      // The longest title the query names wins (holders.ts), so titles are read longest first and
      // the first that matches is the answer: "Phó Bí thư" of every body is not read for
      // "Phó Bí thư Thường trực".
      for (const c of candidates) {
        const rows = groupEvidence(inStoredOrder(this.all('holders', { titles: [c.title], province: placeFilter(query.province) }, this.evidenceOf(query))))
          .filter((r) => !asOf || r.firstSeen === null || String(r.firstSeen) <= asOf);
        if (rows.some((r) => matchesCandidate(r, c, organization))) return pickHolders(rows, [c], organization, asOf);
      }
      return [];
    });
  }

  search(text: string, limit: number): Promise<S.SearchHit[]> {
    return this.answer(() => {
      const needle = fold(text);
      const words = needle.split(/[^a-z0-9]+/).filter(Boolean);
      if (!words.length || limit < 1) return [];
      // Every word as a prefix, in any order; the words are [a-z0-9] only, so quoting is safe.
      const query = words.map((w) => `"${w}"*`).join(' ');
      return rankSearchHits(needle, this.all('search', { query, text: needle, limit }), limit);
    });
  }

  async shortestConnection(fromId: string, toId: string, maxHops: number): Promise<S.PathResult | null> {
    const found = await this.answer(() => this.findPath(fromId, toId, Math.min(Math.max(1, maxHops), S.MAX_HOPS)));
    if (!found) return null;
    const nodes = await labelledNodes(found.nodes, this, (list) => this.answer(() => this.byIds('position-labels', list).map((r) => [String(r.id), String(r.label)] as [string, string])));
    const steps = found.edges.map((e, i) => ({
      from: nodes[i], to: nodes[i + 1], relation: e.type,
      sources: this.all('path-sources', { edgeId: e.id }).map((r) => ({ articleId: String(r.articleId), quote: r.quote === null ? null : String(r.quote) })),
    }));
    return { nodes, steps };
  }

  /** The search runs on node numbers (a person no relationship names has none, and no connection). */
  private findPath(fromId: string, toId: string, hops: number): FoundPath | null {
    if (fromId === toId || this.byIds('get-people', [fromId, toId]).length < 2) return null;
    const numbers = new Map(this.all('node-numbers', { ids: [fromId, toId], numbers: [] }).map((r) => [String(r.id), Number(r.n)]));
    const [from, to] = [numbers.get(fromId), numbers.get(toId)];
    if (from === undefined || to === undefined) return null;
    const found = shortestPath(from, to, hops, (frontier) => this.all('neighbours', { ids: frontier }));
    if (!found) return null;
    const ids = new Map(this.all('node-numbers', { ids: [], numbers: found.nodes }).map((r) => [Number(r.n), String(r.id)]));
    return { nodes: found.nodes.map((n) => ids.get(n)!), edges: found.edges };
  }

  network(filter: S.NetworkFilter): Promise<S.NetworkResult> {
    return this.answer(() => {
      const params = {
        provinces: placeFilters([filter.province], filter.provinces), from: filter.from ?? null, to: filter.to ?? null,
        kinds: filter.kinds?.length ? filter.kinds : ALL_KINDS, levels: filter.levels?.length ? filter.levels : ALL_LEVELS,
      };
      return buildNetwork({
        participation: this.all('network-participation', params), tenures: this.all('network-tenures', params), tookPart: this.all('network-took-part', params),
        limit: filter.limit ?? 2000, bodyFilter: !!(filter.kinds?.length || filter.levels?.length),
      });
    });
  }

  recentChanges(filter: S.ChangeFilter, limit: number): Promise<S.ChangeRecord[]> {
    return this.answer(() => this.all('recent-changes', { province: placeFilter(filter.province), organizationId: filter.organizationId ?? null, limit }).map(toChange));
  }

  async close(): Promise<void> {
    await this.fileKeeper.stop();
    return this.answer(() => {
      if (!this.db.open) return;
      if (this.wrote) {
        // Keeps the planner's statistics current, cheaply (SQLite limits the work itself); it is
        // a write, so it is skipped rather than waited for when another process is writing.
        this.db.pragma('busy_timeout = 0');
        try {
          this.db.pragma('optimize');
        } catch {
          // the statistics of the next writer's close will do
        }
      }
      this.db.close();
    });
  }
}
