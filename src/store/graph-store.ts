// The one interface every graph store implements (embedded SQLite, Neo4j). It speaks the domain:
// no SQL, Cypher, driver or engine type crosses it. Reads that the API resolves per object take id
// lists and answer for all of them at once, so that a DataLoader can batch a whole query level
// into one round trip.
import type { ArticleFacts, EventKind, Gender, Level, OrganizationKind, ParticipantRole, TenureStatus } from '../model/facts';
import type { CitationSummary, TenureCitation, TenureEventRef } from '../tenures';

/** One attestation of a fact: the article and, when known, the sentence that states it. */
export interface SourceRef {
  articleId: string;
  quote: string | null;
}

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
}

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

export type SortDirection = 'ASC' | 'DESC';

/** What a finder sorts by; ties are always broken by id, ascending. */
export type PersonOrderBy = 'name' | 'chaired' | 'attended';
export type OrganizationOrderBy = 'name' | 'size';
export type MeetingOrderBy = 'date';
export type DirectiveOrderBy = 'date' | 'number';

export interface Order<By extends string = string> {
  by: By;
  direction: SortDirection;
}

/**
 * A row's place in its order: its sort key (a name folded, a date, a count) and its id. A page
 * starts after such a place (keyset paging), so rows inserted or removed before it move nothing.
 */
export interface PageKey {
  key: string | number;
  id: string;
}

export interface Page<By extends string = string> {
  limit: number;
  /** Start after this place of the same order; absent for the first page. */
  after?: PageKey | null;
  /** Default: each finder's first order (name ascending, dates newest first). */
  order?: Order<By> | null;
  /** Rows to skip, for readers inside the process that read a whole list; the API pages by key only. */
  offset?: number;
}

export interface PageResult<T> {
  items: T[];
  /** The place of each item in its order (keys[i] is of items[i]), for the next page's `after`. */
  keys: PageKey[];
  /** True when rows follow the last item. */
  hasMore: boolean;
  totalCount: number;
}

/** Names and places in filters are matched folded (no diacritics, lower case). */
export interface PersonFilter {
  name?: string | null;
  province?: string | null;
  organizationId?: string | null;
}

export interface OrganizationFilter {
  name?: string | null;
  province?: string | null;
  kind?: OrganizationKind | null;
  level?: Level | null;
}

export interface MeetingFilter {
  province?: string | null;
  /** Several provinces (with `province`, every one of them). */
  provinces?: string[] | null;
  from?: string | null;
  to?: string | null;
  chairedBy?: string | null;
  attendedBy?: string | null;
  organizationId?: string | null;
  kind?: string | null;
  year?: number | null;
  /** Part of a chair's name, or of anyone's at the meeting (folded, as people are found by name). */
  chairName?: string | null;
  attendeeName?: string | null;
  /** A whole title someone at the meeting is seen holding. */
  participantTitle?: string | null;
  /** With from, to or year: also meetings whose date has no year, or no date. */
  includePartialDates?: boolean | null;
}

export interface DirectiveFilter {
  number?: string | null;
  kind?: string | null;
  title?: string | null;
  /** The issuer's province (the place in the directive's id). */
  province?: string | null;
  /** Part of the issuing body's name. */
  issuer?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
}

/** What meetings may be counted by (see countMeetings). */
export type CountDimension = 'MONTH' | 'YEAR' | 'PROVINCE' | 'KIND' | 'CHAIR' | 'ORGANIZATION' | 'DIRECTIVE';

export interface CountRow {
  /** One per dimension asked for, in that order; null where a meeting has none. */
  keys: Array<string | null>;
  count: number;
}

export interface HoldersQuery {
  title: string;
  organization?: string | null;
  province?: string | null;
  /** ISO date: only tenures seen on or before it, and not known to have ended before it. */
  asOf?: string | null;
}

export type SearchKind = 'PERSON' | 'ORGANIZATION' | 'MEETING' | 'DIRECTIVE';

export interface SearchHit {
  kind: SearchKind;
  id: string;
  label: string;
  context: string | null;
}

export type GraphNodeKind = 'PERSON' | 'MEETING' | 'ORGANIZATION' | 'POSITION';

export interface GraphNode {
  kind: GraphNodeKind;
  id: string;
  label: string;
}

export interface PathStep {
  from: GraphNode;
  to: GraphNode;
  /** Relationship type as in the model: HOLDS, IN, CHAIRED, ATTENDED. */
  relation: string;
  sources: SourceRef[];
}

/** The longest chain `connection` searches. */
export const MAX_HOPS = 8;

export interface PathResult {
  nodes: GraphNode[];
  steps: PathStep[];
}

export interface NetworkFilter {
  /** One province; `provinces` takes several (both may be given: every one of them is read). */
  province?: string | null;
  provinces?: string[] | null;
  from?: string | null;
  to?: string | null;
  kinds?: OrganizationKind[] | null;
  levels?: Level[] | null;
  limit?: number | null;
}

export interface NetworkNode extends GraphNode {
  category: string | null;
  level: Level | null;
  weight: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  relation: string;
  weight: number;
  /** Years the link was seen in (meeting dates; for HOLDS the dates of its evidence), ascending. */
  years: number[];
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface NetworkResult {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  truncated: boolean;
}

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
  participationsOfMeetings(meetingIds: readonly string[]): Promise<ParticipationRecord[]>;
  participationsOfPeople(personIds: readonly string[]): Promise<ParticipationRecord[]>;
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
  /** Completes the graph, makes it the data folder's, and answers its counts. */
  finish(): Promise<GraphStats>;
  /** Stops, leaving nothing of the load behind. */
  abort(): Promise<void>;
}
