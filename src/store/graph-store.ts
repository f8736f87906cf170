// The one interface every graph store implements (embedded SQLite, Neo4j). It speaks the domain:
// no SQL, Cypher, driver or engine type crosses it. Reads that the API resolves per object take id
// lists and answer for all of them at once, so that a DataLoader can batch a whole query level
// into one round trip.
import type { ArticleFacts, EventKind, Gender, Level, OrganizationKind, ParticipantRole, TenureStatus } from '../model/facts';
import type { GraphBatch } from './graph-batch';
import type { CitationSummary, TenureCitation, TenureEventRef } from '../tenures';
import type { SourceRef, PersonOrderBy, OrganizationOrderBy, MeetingOrderBy, DirectiveOrderBy, Page, PageResult, PersonFilter, OrganizationFilter, MeetingFilter, DirectiveFilter, CountDimension, CountRow, HoldersQuery, SearchHit, PathResult, NetworkFilter, NetworkResult } from './read-shapes';

export interface ArticleRecord {
  id: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  contentHash: string;
  file: string | null;
}

export interface PersonRecord {
  id: string;
  name: string;
  gender: Gender | null;
  province: string | null;
  aliases: string[];
}

export interface LocalityRecord {
  id: string;
  name: string;
  level: Level;
  province: string | null;
}

export interface OrganizationRecord {
  id: string;
  name: string;
  kind: OrganizationKind;
  level: Level;
  branch: string;
  localityId: string | null;
  parentId: string | null;
}

export interface MeetingRecord {
  id: string;
  date: string | null;
  partOfDay: string | null;
  title: string | null;
  kind: string | null;
  localityId: string | null;
}

export interface DirectiveRecord {
  id: string;
  kind: string;
  number: string;
  issuerId: string | null;
  issuerText: string | null;
  date: string | null;
  title: string | null;
}

/** A Person HOLDS a Position IN an Organization. */
export interface TenureRecord {
  personId: string;
  positionId: string;
  title: string;
  organizationId: string;
  status: TenureStatus;
  firstSeen: string | null;
  lastSeen: string | null;
  sources: SourceRef[];
  /** Each article's statement of the tenure: its date and the status it gives ("nguyên" is former). */
  citations: TenureCitation[];
}

/** What a read of tenures brings. */
export interface TenureReadOptions {
  /**
   * false: every record's `sources` is empty, all else as with them (citations, dates, status):
   * for lists of titles that do not show their articles, which then read no quotes. Default true.
   */
  sources?: boolean;
  /**
   * false (with sources false): every record's `citations` is empty too, its first and last day
   * seen and status as with them: for lists of titles that show no dates per article. Default true.
   */
  citations?: boolean;
}

/** What a read of participations brings: false leaves every record's `sources` empty (chairs and roles as with them). */
export type ParticipationReadOptions = TenureReadOptions;

/**
 * One holder of a post as its bounds and states need it (src/tenures), and nothing more: the
 * summary of the citations and the holder's events about that post; no sources, quotes or articles,
 * because a post such as a Central Committee seat has thousands of holders and tens of thousands of sources.
 */
export interface PostHolderRecord extends CitationSummary {
  personId: string;
  positionId: string;
  title: string;
  organizationId: string;
  events: TenureEventRef[];
}

/** A personnel event (appointed, elected, ...) about a person and a post, read from an article. */
export interface EventRecord {
  id: string;
  kind: EventKind;
  personId: string;
  positionId: string;
  title: string;
  organizationId: string;
  /** Effective date when the text gives one, else the date the article reports. */
  date: string | null;
  decisionNumber: string | null;
  directiveId: string | null;
  decidedById: string | null;
  sources: SourceRef[];
}

/**
 * A fact as news of a place: a title held, a personnel event or a meeting, with the first article
 * that stated it (the feed of changes).
 */
export interface ChangeRecord {
  kind: 'TENURE' | 'EVENT' | 'MEETING';
  personId: string | null;
  positionId: string | null;
  /** The post's title (tenures, events) or the meeting's title. */
  title: string | null;
  organizationId: string | null;
  eventId: string | null;
  eventKind: EventKind | null;
  /** The event's or the meeting's date. */
  date: string | null;
  meetingId: string | null;
  articleId: string;
  publishedAt: string | null;
  quote: string | null;
}

/** The place of a feed: a province (as typed) or one body. */
export interface ChangeFilter {
  province?: string | null;
  organizationId?: string | null;
}

export type MergeDecision = 'SAME' | 'DIFFERENT' | 'UNDECIDED';

/** A reviewer's ruling on whether two person ids are one official. */
export interface MergeReviewRecord {
  a: string;
  b: string;
  decision: MergeDecision;
  note: string | null;
  reviewer: string | null;
  decidedAt: string;
}

/** A person at a meeting: chair or attendee, with what they did there. */
export interface ParticipationRecord {
  personId: string;
  meetingId: string;
  chair: boolean;
  roles: ParticipantRole[];
  sources: SourceRef[];
}

export interface ColleagueRecord {
  personId: string;
  colleagueId: string;
  sharedMeetings: number;
}

export * from './read-shapes';

export interface UpsertResult {
  articleId: string;
  /** False when the article was stored before: nothing was written. */
  created: boolean;
  personIds: string[];
  meetingIds: string[];
  directiveIds: string[];
}

export interface GraphStats {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export interface GraphStore {
  readonly engine: 'sqlite' | 'neo4j';
  /** Creates tables/constraints when missing. Safe to run again. */
  migrate(): Promise<void>;
  /** Cheap round trip: throws when the store cannot answer. */
  ping(): Promise<void>;
  /**
   * Whether a write would succeed now, writing nothing (a write rolled back, and on the embedded
   * store its file still in place with room on its disk); throws with the cause in one line.
   */
  probeWrite(): Promise<void>;
  /** All facts of one article in one transaction; an article already stored changes nothing. */
  upsertArticle(facts: ArticleFacts): Promise<UpsertResult>;
  /**
   * Several articles in one transaction (group commit, for bulk ingestion): all of them are
   * stored or none; results in input order. Each article stays whole either way.
   */
  upsertArticles(facts: ArticleFacts[]): Promise<UpsertResult[]>;
  /** upsertArticles of articles already turned into graph batches (prepareArticle: ingestion does it where it extracts). */
  upsertBatches(batches: GraphBatch[]): Promise<UpsertResult[]>;
  mergePeople(keepId: string, dropId: string): Promise<PersonRecord>;
  stats(): Promise<GraphStats>;

  // Lookups by id lists (results in any order; missing ids are absent). Alias ids resolve.
  getArticles(ids: readonly string[]): Promise<ArticleRecord[]>;
  getPeople(ids: readonly string[]): Promise<PersonRecord[]>;
  getOrganizations(ids: readonly string[]): Promise<OrganizationRecord[]>;
  getMeetings(ids: readonly string[]): Promise<MeetingRecord[]>;
  getDirectives(ids: readonly string[]): Promise<DirectiveRecord[]>;
  getLocalities(ids: readonly string[]): Promise<LocalityRecord[]>;

  // Relationship lists for many owners at once.
  tenuresOfPeople(personIds: readonly string[], options?: TenureReadOptions): Promise<TenureRecord[]>;
  tenuresOfOrganizations(organizationIds: readonly string[], options?: TenureReadOptions): Promise<TenureRecord[]>;
  participationsOfMeetings(meetingIds: readonly string[], options?: ParticipationReadOptions): Promise<ParticipationRecord[]>;
  participationsOfPeople(personIds: readonly string[], options?: ParticipationReadOptions): Promise<ParticipationRecord[]>;
  colleaguesOfPeople(personIds: readonly string[], limit: number): Promise<ColleagueRecord[]>;
  organizationsOfMeetings(meetingIds: readonly string[]): Promise<Array<{ meetingId: string; organizationId: string }>>;
  directivesOfMeetings(meetingIds: readonly string[]): Promise<Array<{ meetingId: string; directiveId: string }>>;
  meetingsOfDirectives(directiveIds: readonly string[]): Promise<Array<{ directiveId: string; meetingId: string }>>;
  meetingsOfOrganizations(organizationIds: readonly string[]): Promise<Array<{ organizationId: string; meetingId: string }>>;
  /** REPORTED_IN: the articles a meeting was read from. */
  sourcesOfMeetings(meetingIds: readonly string[]): Promise<Array<{ meetingId: string; source: SourceRef }>>;
  /** Articles that mention a person or a directive. */
  sourcesOfPeople(personIds: readonly string[]): Promise<Array<{ personId: string; source: SourceRef }>>;
  sourcesOfDirectives(directiveIds: readonly string[]): Promise<Array<{ directiveId: string; source: SourceRef }>>;

  // Finders: filters are matched folded; results in a stable order.
  /** By name (default), or by meetings chaired or attended (most first by default). */
  findPeople(filter: PersonFilter, page: Page<PersonOrderBy>): Promise<PageResult<PersonRecord>>;
  /** By name (default), or by size: the people holding a title in the body. */
  findOrganizations(filter: OrganizationFilter, page: Page<OrganizationOrderBy>): Promise<PageResult<OrganizationRecord>>;
  /** By date, newest first by default; meetings without a full date come last in either direction. */
  findMeetings(filter: MeetingFilter, page: Page<MeetingOrderBy>): Promise<PageResult<MeetingRecord>>;
  /** By date (newest first by default) or by number. */
  findDirectives(filter: DirectiveFilter, page: Page<DirectiveOrderBy>): Promise<PageResult<DirectiveRecord>>;
  /** Meetings matching `filter` grouped by `by` (at least one dimension), the largest count first, then by keys. */
  countMeetings(filter: MeetingFilter, by: CountDimension[], limit: number): Promise<CountRow[]>;
  provinces(): Promise<LocalityRecord[]>;
  holders(query: HoldersQuery): Promise<TenureRecord[]>;
  search(text: string, limit: number): Promise<SearchHit[]>;
  shortestConnection(fromId: string, toId: string, maxHops: number): Promise<PathResult | null>;
  network(filter: NetworkFilter): Promise<NetworkResult>;
  /** Titles held, events and meetings of a province or a body, each with its first article, the newest article first. */
  recentChanges(filter: ChangeFilter, limit: number): Promise<ChangeRecord[]>;

  // Careers: tenures of a post's every holder, personnel events, and reviewed merges.
  tenuresOfPositions(positionIds: readonly string[]): Promise<TenureRecord[]>;
  /** Every holder of these posts as bounds and states need them: the lean read of tenuresOfPositions with the holders' events about each post. */
  postHolders(positionIds: readonly string[]): Promise<PostHolderRecord[]>;
  /** Events about these people (or people merged into them), by date. */
  eventsOfPeople(personIds: readonly string[]): Promise<EventRecord[]>;
  /** People who share a name key (letters kept) with at least one other person: the merge pool. */
  namesakes(): Promise<PersonRecord[]>;
  /** Records the decision; SAME also merges `b` into `a` as mergePeople does. */
  reviewMerge(review: Omit<MergeReviewRecord, 'decidedAt'>): Promise<MergeReviewRecord>;
  mergeReviews(): Promise<MergeReviewRecord[]>;
  /**
   * Undoes the merge that made `aliasId` an alias: every relationship and source that came from it
   * goes back, and both people are returned (kept first).
   */
  unmergePeople(aliasId: string): Promise<PersonRecord[]>;

  close(): Promise<void>;
}

/**
 * A new graph written in one go (`cadregraph generate`): articles are stored as upserts store
 * them, as fast as the engine allows; the embedded graph is seen by others once finished.
 */
export interface GraphLoad {
  upsertArticles(facts: ArticleFacts[]): Promise<UpsertResult[]>;
  upsertBatches(batches: GraphBatch[]): Promise<UpsertResult[]>;
  /** Completes the graph, makes it the data folder's, and answers its counts. */
  finish(): Promise<GraphStats>;
  /** Stops, leaving nothing of the load behind. */
  abort(): Promise<void>;
}
