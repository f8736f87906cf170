import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { PersonRecord as PersonRecordModel, OrganizationRecord as OrganizationRecordModel, MeetingRecord as MeetingRecordModel, DirectiveRecord as DirectiveRecordModel, LocalityRecord as LocalityRecordModel, EventRecord as EventRecordModel, MergeReviewRecord as MergeReviewRecordModel, ParticipationRecord as ParticipationRecordModel, ColleagueRecord as ColleagueRecordModel, SourceRef as SourceRefModel, SearchHit as SearchHitModel, PathStep as PathStepModel, GraphNode as GraphNodeModel, PathResult as PathResultModel, NetworkResult as NetworkResultModel, NetworkNode as NetworkNodeModel, NetworkEdge as NetworkEdgeModel, UpsertResult as UpsertResultModel } from '../../store/graph-store';
import { DatedTenure as DatedTenureModel } from '../resolvers/tenures';
import { MergeCandidate as MergeCandidateModel } from '../../tenures';
import { MeetingCountModel as MeetingCountModelModel } from '../resolvers/research';
import { ApiContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * cadregraph: who governs in Vietnam, read from official news. Every fact carries the articles
   * that state it (`sources`), so it can be cited.
   */
  Date: { input: string; output: string; }
};

export type ArticleFormat =
  | 'HTML'
  | 'TEXT';

export type ArticleInput = {
  format?: InputMaybe<ArticleFormat>;
  province?: InputMaybe<Scalars['String']['input']>;
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type Attendance = {
  __typename?: 'Attendance';
  meeting: Meeting;
  person: Person;
  roles: Array<ParticipantRole>;
  sources: Array<Source>;
};

export type Colleague = {
  __typename?: 'Colleague';
  person: Person;
  sharedMeetings: Scalars['Int']['output'];
};

export type CountDimension =
  /** A chair's person id: a meeting with two chairs counts once for each. */
  | 'CHAIR'
  /** The id of a directive the meeting discussed: a meeting counts once for each. */
  | 'DIRECTIVE'
  /** The meeting's kind (regular-review, working-session, ...). */
  | 'KIND'
  /** YYYY-MM of the meeting's date (null when the date has no year or there is none). */
  | 'MONTH'
  /** The id of a body that took part: a meeting counts once for each body. */
  | 'ORGANIZATION'
  /** The province's name. */
  | 'PROVINCE'
  /** YYYY of the meeting's date (null when unknown). */
  | 'YEAR';

export type Directive = {
  __typename?: 'Directive';
  date?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  issuer?: Maybe<Organization>;
  issuerText?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  meetings: Array<Meeting>;
  number: Scalars['String']['output'];
  sources: Array<Source>;
  title?: Maybe<Scalars['String']['output']>;
};


export type DirectiveMeetingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DirectiveConnection = {
  __typename?: 'DirectiveConnection';
  edges: Array<DirectiveEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DirectiveEdge = {
  __typename?: 'DirectiveEdge';
  cursor: Scalars['String']['output'];
  node: Directive;
};

export type DirectiveFilter = {
  /** Dated in this year or later. */
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  /** Issued by a body whose name contains this, abbreviations written out ("BTV Tỉnh ủy", "UBND tỉnh"). */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** The kind as written or without diacritics ("nghi quyet") or its code ("NQ"), read through the lexicon. */
  kind?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
  /** Issued by a body of this province (the province in the directive's id), however it is written. */
  province?: InputMaybe<Scalars['String']['input']>;
  /** Words of the title, ignoring diacritics and case. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Dated in this year or earlier. */
  toYear?: InputMaybe<Scalars['Int']['input']>;
};

export type DirectiveOrder = {
  /** Default: DESC for DATE, ASC for NUMBER. */
  direction?: InputMaybe<SortDirection>;
  field: DirectiveOrderField;
};

export type DirectiveOrderField =
  /** By date (default: newest first); undated directives last in either direction. */
  | 'DATE'
  /** By number as written (ascending unless told). */
  | 'NUMBER';

/** A personnel decision an article reports: who, which post, when it takes effect, who decided, by which document. */
export type Event = {
  __typename?: 'Event';
  /** The date from which the event holds ("kể từ ngày"), else the date the article reports it. */
  date?: Maybe<Scalars['Date']['output']>;
  decidedBy?: Maybe<Organization>;
  decision?: Maybe<Directive>;
  /** The decision's number as written ("1520/QĐ-UBND"). */
  decisionNumber?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EventKind;
  organization: Organization;
  person: Person;
  sources: Array<Source>;
  title: Scalars['String']['output'];
};

export type EventKind =
  | 'APPOINTED'
  | 'ASSIGNED'
  | 'DISMISSED'
  | 'ELECTED'
  | 'RETIRED'
  | 'TRANSFERRED';

export type Gender =
  | 'FEMALE'
  | 'MALE';

export type IngestResult = {
  __typename?: 'IngestResult';
  articleId: Scalars['ID']['output'];
  /** False when the same article was stored before (nothing changed). */
  created: Scalars['Boolean']['output'];
  directives: Array<Directive>;
  meetings: Array<Meeting>;
  people: Array<Person>;
};

export type Level =
  | 'CENTRAL'
  | 'COMMUNE'
  | 'DISTRICT'
  | 'PROVINCE';

export type Locality = {
  __typename?: 'Locality';
  id: Scalars['ID']['output'];
  level: Level;
  name: Scalars['String']['output'];
  /** The province a district or commune belongs to. */
  province?: Maybe<Scalars['String']['output']>;
};

export type Meeting = {
  __typename?: 'Meeting';
  /** Everyone named at the meeting, chairs included, with what they did. */
  attendees: Array<Attendance>;
  chairs: Array<Attendance>;
  date?: Maybe<Scalars['Date']['output']>;
  directives: Array<Directive>;
  id: Scalars['ID']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  locality?: Maybe<Locality>;
  organizations: Array<Organization>;
  partOfDay?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
  title?: Maybe<Scalars['String']['output']>;
};

export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  edges: Array<MeetingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A group of meetings and how many there are. */
export type MeetingCount = {
  __typename?: 'MeetingCount';
  /** The chair, when counted by CHAIR. */
  chair?: Maybe<Person>;
  count: Scalars['Int']['output'];
  /** The directive, when counted by DIRECTIVE. */
  directive?: Maybe<Directive>;
  /** One value per dimension of `by`, in its order (see CountDimension); null where the meeting has none. */
  keys: Array<Maybe<Scalars['String']['output']>>;
  /** The body, when counted by ORGANIZATION. */
  organization?: Maybe<Organization>;
};

export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  cursor: Scalars['String']['output'];
  node: Meeting;
};

export type MeetingFilter = {
  attendedBy?: InputMaybe<Scalars['ID']['input']>;
  /** The name of anyone at the meeting, chairs included, ignoring diacritics and case. */
  attendeeName?: InputMaybe<Scalars['String']['input']>;
  /** A chair's name, or part of it, ignoring diacritics and case ("lai the nguyen"). */
  chairName?: InputMaybe<Scalars['String']['input']>;
  chairedBy?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  /**
   * With from, to or year, also the meetings whose date has no year (written --MM-DD) or no date at
   * all: their year is unknown, so they may fall in any range. Without those filters they are listed anyway.
   */
  includePartialDates?: InputMaybe<Scalars['Boolean']['input']>;
  /** The kind as stored ("regular-review", "REGULAR_REVIEW") or the words that name it ("giao ban", "ky hop"). */
  kind?: InputMaybe<Scalars['String']['input']>;
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** Someone at the meeting is seen holding this title ("Phó Chủ tịch", "pho bi thu"; the whole title, ignoring diacritics and case). */
  participantTitle?: InputMaybe<Scalars['String']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
  /** Meetings of any of these provinces (and of `province` when both are given). */
  provinces?: InputMaybe<Array<Scalars['String']['input']>>;
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Meetings of this year (of a full date). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type MeetingOrder = {
  /** Default: DESC (newest first). */
  direction?: InputMaybe<SortDirection>;
  field?: MeetingOrderField;
};

export type MeetingOrderField =
  /** By date (default: newest first). Meetings whose date lacks a year (--MM-DD), then undated ones, come last in either direction. */
  | 'DATE';

/** How many articles name a person in one period (and outlet). */
export type MentionCount = {
  __typename?: 'MentionCount';
  count: Scalars['Int']['output'];
  /** The publisher, when counted by outlet. */
  outlet?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM or YYYY of the articles' publication dates; null for articles without one. */
  period?: Maybe<Scalars['String']['output']>;
};

export type MentionPeriod =
  | 'MONTH'
  | 'YEAR';

/** Two people in the graph who may be one official (the same name, letter for letter, in different places), with why. */
export type MergeCandidate = {
  __typename?: 'MergeCandidate';
  a: Person;
  b: Person;
  reasons: Array<Scalars['String']['output']>;
  /** 0..1: higher when a transfer event or a "nguyên" title points from one to the other, or their careers follow each other. */
  score: Scalars['Float']['output'];
};

export type MergeCandidateConnection = {
  __typename?: 'MergeCandidateConnection';
  edges: Array<MergeCandidateEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MergeCandidateEdge = {
  __typename?: 'MergeCandidateEdge';
  cursor: Scalars['String']['output'];
  node: MergeCandidate;
};

export type MergeDecision =
  | 'DIFFERENT'
  | 'SAME'
  | 'UNDECIDED';

/** A reviewer's decision on a pair. */
export type MergeReview = {
  __typename?: 'MergeReview';
  a: Scalars['ID']['output'];
  b: Scalars['ID']['output'];
  decidedAt: Scalars['String']['output'];
  decision: MergeDecision;
  note?: Maybe<Scalars['String']['output']>;
  /** The person both ids now answer with, after SAME. */
  person?: Maybe<Person>;
  /** Who decided: the name of the API key used. */
  reviewer?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Extract facts from one article and store them. Requires an API key. */
  ingestArticle: IngestResult;
  /**
   * Move every relationship and source of `drop` onto `keep`; `drop` stays as an alias of `keep`.
   * Names that differ in letters (not only in case or tone placement) need `force: true`. Undo with
   * `unmergePeople`. Requires an API key.
   */
  mergePeople: Person;
  /** Record a reviewer's decision. SAME merges b into a (b stays an alias); DIFFERENT is remembered. Requires an API key. */
  reviewMerge: MergeReview;
  /** Undo the merge that made `id` an alias: both people get back their own relationships and sources. Requires an API key. */
  unmergePeople: Array<Person>;
};


export type MutationIngestArticleArgs = {
  input: ArticleInput;
};


export type MutationMergePeopleArgs = {
  drop: Scalars['ID']['input'];
  force?: InputMaybe<Scalars['Boolean']['input']>;
  keep: Scalars['ID']['input'];
};


export type MutationReviewMergeArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  decision: MergeDecision;
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUnmergePeopleArgs = {
  id: Scalars['ID']['input'];
};

export type Network = {
  __typename?: 'Network';
  edges: Array<NetworkEdge>;
  nodes: Array<NetworkNode>;
  /** True when the network was cut to `limit` nodes. */
  truncated: Scalars['Boolean']['output'];
};

export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  /** The first and last date the link was seen. */
  firstSeen?: Maybe<Scalars['Date']['output']>;
  lastSeen?: Maybe<Scalars['Date']['output']>;
  relation: Scalars['String']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  /** Shared meetings for person-person edges, otherwise the number of articles that attest it. */
  weight: Scalars['Int']['output'];
  /** Years in which the link was seen (meeting dates; for HOLDS the dates of the articles), ascending. */
  years: Array<Scalars['Int']['output']>;
};

export type NetworkFilter = {
  from?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<OrganizationKind>>;
  levels?: InputMaybe<Array<Level>>;
  /** At most this many nodes, the most connected first. */
  limit?: InputMaybe<Scalars['Int']['input']>;
  /** One province (kept for older clients); `provinces` takes several. One of the two is needed. */
  province?: InputMaybe<Scalars['String']['input']>;
  /** Several provinces at once: their people, bodies and meetings, and the links between them. */
  provinces?: InputMaybe<Array<Scalars['String']['input']>>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type NetworkNode = {
  __typename?: 'NetworkNode';
  /** Body kind for organizations, meeting kind for meetings. */
  category?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: PathNodeKind;
  label: Scalars['String']['output'];
  level?: Maybe<Level>;
  weight: Scalars['Int']['output'];
};

export type Organization = {
  __typename?: 'Organization';
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  level: Level;
  locality?: Maybe<Locality>;
  meetings: Array<Meeting>;
  name: Scalars['String']['output'];
  parent?: Maybe<Organization>;
  /** Titles in this body with the people seen holding them. */
  positions: Array<Tenure>;
};


export type OrganizationMeetingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganizationPositionsArgs = {
  current?: InputMaybe<Scalars['Boolean']['input']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationFilter = {
  kind?: InputMaybe<OrganizationKind>;
  level?: InputMaybe<Level>;
  name?: InputMaybe<Scalars['String']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
};

export type OrganizationKind =
  | 'BOARD'
  | 'FRONT'
  | 'MASS_ORGANIZATION'
  | 'PARTY_COMMITTEE'
  | 'PEOPLES_COMMITTEE'
  | 'PEOPLES_COUNCIL'
  | 'STANDING_COMMITTEE'
  | 'STATE_BODY';

export type OrganizationOrder = {
  /** Default: ASC for NAME, DESC for SIZE. */
  direction?: InputMaybe<SortDirection>;
  field: OrganizationOrderField;
};

export type OrganizationOrderField =
  /** By name, ignoring diacritics and case (default; ascending unless told). */
  | 'NAME'
  /** By size: the number of people seen holding a title in the body (largest first unless told). */
  | 'SIZE';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type ParticipantRole =
  | 'ATTENDED'
  | 'CHAIRED'
  | 'CONCLUDED'
  | 'DIRECTED'
  | 'REPORTED'
  | 'SPOKE';

export type Path = {
  __typename?: 'Path';
  length: Scalars['Int']['output'];
  nodes: Array<PathNode>;
  steps: Array<PathStep>;
};

export type PathNode = {
  __typename?: 'PathNode';
  id: Scalars['ID']['output'];
  kind: PathNodeKind;
  label: Scalars['String']['output'];
};

export type PathNodeKind =
  | 'MEETING'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'POSITION';

/** One link of a chain: who met whom where, or who held a title in which body. */
export type PathStep = {
  __typename?: 'PathStep';
  from: PathNode;
  relation: Scalars['String']['output'];
  sources: Array<Source>;
  to: PathNode;
};

export type Person = {
  __typename?: 'Person';
  /** Ids merged into this person. */
  aliases: Array<Scalars['ID']['output']>;
  /** Every tenure of this person (and of people merged into them), in every province, by start. */
  career: Array<Tenure>;
  /** People met most often in meetings, with the number of shared meetings. */
  colleagues: Array<Colleague>;
  /** Personnel events about this person, by date. */
  events: Array<Event>;
  gender?: Maybe<Gender>;
  id: Scalars['ID']['output'];
  meetingsAttended: Array<Attendance>;
  meetingsChaired: Array<Meeting>;
  /**
   * Articles naming the person (in a title, a meeting or a personnel event) per month or year of
   * publication, and per outlet with `outlet: true`: a series of media prominence. By period, oldest first.
   */
  mentionCounts: Array<MentionCount>;
  name: Scalars['String']['output'];
  positions: Array<Tenure>;
  /** Province where the person holds office (people are told apart by name within a province). */
  province?: Maybe<Scalars['String']['output']>;
  sources: Array<Source>;
};


export type PersonColleaguesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonMeetingsAttendedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonMeetingsChairedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonMentionCountsArgs = {
  by: MentionPeriod;
  outlet?: InputMaybe<Scalars['Boolean']['input']>;
};


export type PersonPositionsArgs = {
  current?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonFilter = {
  name?: InputMaybe<Scalars['String']['input']>;
  organization?: InputMaybe<Scalars['ID']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
};

export type PersonOrder = {
  /** Default: ASC for NAME, DESC for counts. */
  direction?: InputMaybe<SortDirection>;
  field: PersonOrderField;
};

export type PersonOrderField =
  /** By the number of meetings the person chaired or attended (most first unless told). */
  | 'MEETINGS_ATTENDED'
  /** By the number of meetings the person chaired (most first unless told). */
  | 'MEETINGS_CHAIRED'
  /** By name, ignoring diacritics and case (default; ascending unless told). */
  | 'NAME';

export type Query = {
  __typename?: 'Query';
  /** Shortest chain of shared meetings and bodies between two people; maxHops counts relationships (a shared meeting is 2, a shared body 4). */
  connection?: Maybe<Path>;
  directive?: Maybe<Directive>;
  directives: DirectiveConnection;
  /**
   * Who holds a title on `asOf` (default today): the tenures whose state is HOLDING, and with
   * `includeUnknown` also those whose state is UNKNOWN (see `Tenure.state`). Names match ignoring
   * diacritics and case.
   */
  holders: Array<Tenure>;
  meeting?: Maybe<Meeting>;
  /**
   * Meetings matching `filter`, counted by the dimensions of `by` (at least one): one row per
   * combination of keys, the largest count first, then by keys. With one dimension whose meetings
   * each have one key (MONTH, YEAR, PROVINCE, KIND), the counts add up to meetings(filter).totalCount.
   */
  meetingCounts: Array<MeetingCount>;
  meetings: MeetingConnection;
  /** Pairs of people who may be one official, best first; pairs reviewed SAME or DIFFERENT are not listed again. */
  mergeCandidates: MergeCandidateConnection;
  /** People, bodies and meetings of a place as nodes and weighted edges, for a dashboard. */
  network: Network;
  organization?: Maybe<Organization>;
  organizations: OrganizationConnection;
  people: PersonConnection;
  person?: Maybe<Person>;
  /** Provinces that have at least one body or meeting in the graph. */
  provinces: Array<Locality>;
  /** People, bodies, meetings and directives whose name or title matches, ignoring diacritics and case. */
  search: Array<SearchHit>;
};


export type QueryConnectionArgs = {
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryDirectiveArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDirectivesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DirectiveFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DirectiveOrder>;
};


export type QueryHoldersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  includeUnknown?: InputMaybe<Scalars['Boolean']['input']>;
  organization?: InputMaybe<Scalars['String']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingCountsArgs = {
  by: Array<CountDimension>;
  filter: MeetingFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MeetingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MeetingOrder>;
};


export type QueryMergeCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNetworkArgs = {
  filter: NetworkFilter;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrganizationOrder>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PersonOrder>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  /** Province, body or date that tells two hits with the same label apart. */
  context?: Maybe<Scalars['String']['output']>;
  directive?: Maybe<Directive>;
  id: Scalars['ID']['output'];
  kind: SearchKind;
  label: Scalars['String']['output'];
  meeting?: Maybe<Meeting>;
  organization?: Maybe<Organization>;
  person?: Maybe<Person>;
};

export type SearchKind =
  | 'DIRECTIVE'
  | 'MEETING'
  | 'ORGANIZATION'
  | 'PERSON';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** An article a fact was read from, and the sentence that states it. */
export type Source = {
  __typename?: 'Source';
  articleId: Scalars['ID']['output'];
  publishedAt?: Maybe<Scalars['Date']['output']>;
  publisher?: Maybe<Scalars['String']['output']>;
  /** The sentence of the article that states the fact, when known. */
  quote?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

export type Tenure = {
  __typename?: 'Tenure';
  /** True when another person also holds this one-holder post on `asOf` (default today): the sources contradict each other. */
  conflict: Scalars['Boolean']['output'];
  current: Scalars['Boolean']['output'];
  end?: Maybe<Scalars['Date']['output']>;
  endBasis?: Maybe<TenureBasis>;
  /** Personnel events about this person in this post, by date. */
  events: Array<Event>;
  firstSeen?: Maybe<Scalars['Date']['output']>;
  /** One person in one post: the same id in every list that shows this tenure (a person's career, a body's positions, holders), so a link, a test or a style can find it. */
  id: Scalars['ID']['output'];
  lastSeen?: Maybe<Scalars['Date']['output']>;
  organization: Organization;
  person: Person;
  sources: Array<Source>;
  start?: Maybe<Scalars['Date']['output']>;
  startBasis?: Maybe<TenureBasis>;
  /** State on `asOf` (default today). The window of citations that keeps a tenure HOLDING is `CADREGRAPH_STALE_MONTHS` (default 12). */
  state: TenureState;
  status: TenureStatus;
  title: Scalars['String']['output'];
};


export type TenureConflictArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type TenureStateArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** Where a tenure's start or end comes from. A reader citing a date must know which kind it is. */
export type TenureBasis =
  /** An appointment, election, transfer, dismissal or retirement with a date. */
  | 'DECLARED'
  /** The earliest article that shows the person in the post (held at least since then). */
  | 'FIRST_SEEN'
  /** An article calls the person "nguyên" (former) holder (ended by then at the latest). */
  | 'FORMER_TITLE'
  /** The latest article that shows the person in the post (held at least until then). */
  | 'LAST_SEEN'
  /** A later holder of a post with one holder at a time was cited (ended by then at the latest). */
  | 'SUCCESSOR_SEEN';

/** Whether a tenure held on a date, as far as the sources say. */
export type TenureState =
  /** Ended on or before the date (declared, a successor cited, or a "nguyên" title). */
  | 'ENDED'
  /** Started on or before the date, not ended, and cited within the staleness window before the date or at any time after it. */
  | 'HOLDING'
  /** Starts after the date. */
  | 'NOT_STARTED'
  /** No end is known, but no article cites the tenure within the staleness window: the sources do not say. */
  | 'UNKNOWN';

export type TenureStatus =
  | 'ACTING'
  | 'CURRENT'
  | 'FORMER';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ArticleFormat: ArticleFormat;
  ArticleInput: ArticleInput;
  Attendance: ResolverTypeWrapper<ParticipationRecordModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Colleague: ResolverTypeWrapper<ColleagueRecordModel>;
  CountDimension: CountDimension;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Directive: ResolverTypeWrapper<DirectiveRecordModel>;
  DirectiveConnection: ResolverTypeWrapper<Omit<DirectiveConnection, 'edges'> & { edges: Array<ResolversTypes['DirectiveEdge']> }>;
  DirectiveEdge: ResolverTypeWrapper<Omit<DirectiveEdge, 'node'> & { node: ResolversTypes['Directive'] }>;
  DirectiveFilter: DirectiveFilter;
  DirectiveOrder: DirectiveOrder;
  DirectiveOrderField: DirectiveOrderField;
  Event: ResolverTypeWrapper<EventRecordModel>;
  EventKind: EventKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Gender: Gender;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestResult: ResolverTypeWrapper<UpsertResultModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Level: Level;
  Locality: ResolverTypeWrapper<LocalityRecordModel>;
  Meeting: ResolverTypeWrapper<MeetingRecordModel>;
  MeetingConnection: ResolverTypeWrapper<Omit<MeetingConnection, 'edges'> & { edges: Array<ResolversTypes['MeetingEdge']> }>;
  MeetingCount: ResolverTypeWrapper<MeetingCountModelModel>;
  MeetingEdge: ResolverTypeWrapper<Omit<MeetingEdge, 'node'> & { node: ResolversTypes['Meeting'] }>;
  MeetingFilter: MeetingFilter;
  MeetingOrder: MeetingOrder;
  MeetingOrderField: MeetingOrderField;
  MentionCount: ResolverTypeWrapper<MentionCount>;
  MentionPeriod: MentionPeriod;
  MergeCandidate: ResolverTypeWrapper<MergeCandidateModel>;
  MergeCandidateConnection: ResolverTypeWrapper<Omit<MergeCandidateConnection, 'edges'> & { edges: Array<ResolversTypes['MergeCandidateEdge']> }>;
  MergeCandidateEdge: ResolverTypeWrapper<Omit<MergeCandidateEdge, 'node'> & { node: ResolversTypes['MergeCandidate'] }>;
  MergeDecision: MergeDecision;
  MergeReview: ResolverTypeWrapper<MergeReviewRecordModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Network: ResolverTypeWrapper<NetworkResultModel>;
  NetworkEdge: ResolverTypeWrapper<NetworkEdgeModel>;
  NetworkFilter: NetworkFilter;
  NetworkNode: ResolverTypeWrapper<NetworkNodeModel>;
  Organization: ResolverTypeWrapper<OrganizationRecordModel>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationEdge']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationKind: OrganizationKind;
  OrganizationOrder: OrganizationOrder;
  OrganizationOrderField: OrganizationOrderField;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParticipantRole: ParticipantRole;
  Path: ResolverTypeWrapper<PathResultModel>;
  PathNode: ResolverTypeWrapper<GraphNodeModel>;
  PathNodeKind: PathNodeKind;
  PathStep: ResolverTypeWrapper<PathStepModel>;
  Person: ResolverTypeWrapper<PersonRecordModel>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  PersonOrder: PersonOrder;
  PersonOrderField: PersonOrderField;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  SearchKind: SearchKind;
  SortDirection: SortDirection;
  Source: ResolverTypeWrapper<SourceRefModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Tenure: ResolverTypeWrapper<DatedTenureModel>;
  TenureBasis: TenureBasis;
  TenureState: TenureState;
  TenureStatus: TenureStatus;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ArticleInput: ArticleInput;
  Attendance: ParticipationRecordModel;
  Boolean: Scalars['Boolean']['output'];
  Colleague: ColleagueRecordModel;
  Date: Scalars['Date']['output'];
  Directive: DirectiveRecordModel;
  DirectiveConnection: Omit<DirectiveConnection, 'edges'> & { edges: Array<ResolversParentTypes['DirectiveEdge']> };
  DirectiveEdge: Omit<DirectiveEdge, 'node'> & { node: ResolversParentTypes['Directive'] };
  DirectiveFilter: DirectiveFilter;
  DirectiveOrder: DirectiveOrder;
  Event: EventRecordModel;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  IngestResult: UpsertResultModel;
  Int: Scalars['Int']['output'];
  Locality: LocalityRecordModel;
  Meeting: MeetingRecordModel;
  MeetingConnection: Omit<MeetingConnection, 'edges'> & { edges: Array<ResolversParentTypes['MeetingEdge']> };
  MeetingCount: MeetingCountModelModel;
  MeetingEdge: Omit<MeetingEdge, 'node'> & { node: ResolversParentTypes['Meeting'] };
  MeetingFilter: MeetingFilter;
  MeetingOrder: MeetingOrder;
  MentionCount: MentionCount;
  MergeCandidate: MergeCandidateModel;
  MergeCandidateConnection: Omit<MergeCandidateConnection, 'edges'> & { edges: Array<ResolversParentTypes['MergeCandidateEdge']> };
  MergeCandidateEdge: Omit<MergeCandidateEdge, 'node'> & { node: ResolversParentTypes['MergeCandidate'] };
  MergeReview: MergeReviewRecordModel;
  Mutation: Record<PropertyKey, never>;
  Network: NetworkResultModel;
  NetworkEdge: NetworkEdgeModel;
  NetworkFilter: NetworkFilter;
  NetworkNode: NetworkNodeModel;
  Organization: OrganizationRecordModel;
  OrganizationConnection: Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationEdge']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  OrganizationOrder: OrganizationOrder;
  PageInfo: PageInfo;
  Path: PathResultModel;
  PathNode: GraphNodeModel;
  PathStep: PathStepModel;
  Person: PersonRecordModel;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  PersonOrder: PersonOrder;
  Query: Record<PropertyKey, never>;
  SearchHit: SearchHitModel;
  Source: SourceRefModel;
  String: Scalars['String']['output'];
  Tenure: DatedTenureModel;
};

export type AttendanceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Attendance'] = ResolversParentTypes['Attendance']> = {
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['ParticipantRole']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type ColleagueResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Colleague'] = ResolversParentTypes['Colleague']> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  sharedMeetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DirectiveResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Directive'] = ResolversParentTypes['Directive']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  issuerText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<DirectiveMeetingsArgs, 'first'>>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DirectiveConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DirectiveConnection'] = ResolversParentTypes['DirectiveConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DirectiveEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DirectiveEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DirectiveEdge'] = ResolversParentTypes['DirectiveEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Directive'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Directive']>, ParentType, ContextType>;
  decisionNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  directives?: Resolver<Array<ResolversTypes['Directive']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
};

export type LocalityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Locality'] = ResolversParentTypes['Locality']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Level'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  attendees?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType>;
  chairs?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  directives?: Resolver<Array<ResolversTypes['Directive']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locality?: Resolver<Maybe<ResolversTypes['Locality']>, ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  partOfDay?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MeetingConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MeetingConnection'] = ResolversParentTypes['MeetingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeetingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MeetingCount'] = ResolversParentTypes['MeetingCount']> = {
  chair?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  directive?: Resolver<Maybe<ResolversTypes['Directive']>, ParentType, ContextType>;
  keys?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type MeetingEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MeetingEdge'] = ResolversParentTypes['MeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
};

export type MentionCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MentionCount'] = ResolversParentTypes['MentionCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outlet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MergeCandidateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MergeCandidate'] = ResolversParentTypes['MergeCandidate']> = {
  a?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MergeCandidateConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MergeCandidateConnection'] = ResolversParentTypes['MergeCandidateConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MergeCandidateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MergeCandidateEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MergeCandidateEdge'] = ResolversParentTypes['MergeCandidateEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MergeCandidate'], ParentType, ContextType>;
};

export type MergeReviewResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MergeReview'] = ResolversParentTypes['MergeReview']> = {
  a?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['MergeDecision'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  reviewer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  mergePeople?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationMergePeopleArgs, 'drop' | 'force' | 'keep'>>;
  reviewMerge?: Resolver<ResolversTypes['MergeReview'], ParentType, ContextType, RequireFields<MutationReviewMergeArgs, 'a' | 'b' | 'decision'>>;
  unmergePeople?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<MutationUnmergePeopleArgs, 'id'>>;
};

export type NetworkResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = {
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NetworkNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NetworkEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NetworkEdge'] = ResolversParentTypes['NetworkEdge']> = {
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type NetworkNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NetworkNode'] = ResolversParentTypes['NetworkNode']> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PathNodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Level']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Level'], ParentType, ContextType>;
  locality?: Resolver<Maybe<ResolversTypes['Locality']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<OrganizationMeetingsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Tenure']>, ParentType, ContextType, Partial<OrganizationPositionsArgs>>;
};

export type OrganizationConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PathNode']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
};

export type PathNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PathNode'] = ResolversParentTypes['PathNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PathNodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  from?: Resolver<ResolversTypes['PathNode'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['PathNode'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  career?: Resolver<Array<ResolversTypes['Tenure']>, ParentType, ContextType>;
  colleagues?: Resolver<Array<ResolversTypes['Colleague']>, ParentType, ContextType, RequireFields<PersonColleaguesArgs, 'first'>>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['Gender']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetingsAttended?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType, RequireFields<PersonMeetingsAttendedArgs, 'first'>>;
  meetingsChaired?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<PersonMeetingsChairedArgs, 'first'>>;
  mentionCounts?: Resolver<Array<ResolversTypes['MentionCount']>, ParentType, ContextType, RequireFields<PersonMentionCountsArgs, 'by' | 'outlet'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Tenure']>, ParentType, ContextType, Partial<PersonPositionsArgs>>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  connection?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryConnectionArgs, 'from' | 'maxHops' | 'to'>>;
  directive?: Resolver<Maybe<ResolversTypes['Directive']>, ParentType, ContextType, RequireFields<QueryDirectiveArgs, 'id'>>;
  directives?: Resolver<ResolversTypes['DirectiveConnection'], ParentType, ContextType, Partial<QueryDirectivesArgs>>;
  holders?: Resolver<Array<ResolversTypes['Tenure']>, ParentType, ContextType, RequireFields<QueryHoldersArgs, 'includeUnknown' | 'title'>>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  meetingCounts?: Resolver<Array<ResolversTypes['MeetingCount']>, ParentType, ContextType, RequireFields<QueryMeetingCountsArgs, 'by' | 'filter' | 'first'>>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, Partial<QueryMeetingsArgs>>;
  mergeCandidates?: Resolver<ResolversTypes['MergeCandidateConnection'], ParentType, ContextType, RequireFields<QueryMergeCandidatesArgs, 'first'>>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<QueryNetworkArgs, 'filter'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<QueryOrganizationsArgs>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, Partial<QueryPeopleArgs>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  provinces?: Resolver<Array<ResolversTypes['Locality']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
};

export type SearchHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  context?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  directive?: Resolver<Maybe<ResolversTypes['Directive']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
};

export type SourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TenureResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Tenure'] = ResolversParentTypes['Tenure']> = {
  conflict?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<TenureConflictArgs>>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  endBasis?: Resolver<Maybe<ResolversTypes['TenureBasis']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  startBasis?: Resolver<Maybe<ResolversTypes['TenureBasis']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['TenureState'], ParentType, ContextType, Partial<TenureStateArgs>>;
  status?: Resolver<ResolversTypes['TenureStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Attendance?: AttendanceResolvers<ContextType>;
  Colleague?: ColleagueResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Directive?: DirectiveResolvers<ContextType>;
  DirectiveConnection?: DirectiveConnectionResolvers<ContextType>;
  DirectiveEdge?: DirectiveEdgeResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Locality?: LocalityResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingCount?: MeetingCountResolvers<ContextType>;
  MeetingEdge?: MeetingEdgeResolvers<ContextType>;
  MentionCount?: MentionCountResolvers<ContextType>;
  MergeCandidate?: MergeCandidateResolvers<ContextType>;
  MergeCandidateConnection?: MergeCandidateConnectionResolvers<ContextType>;
  MergeCandidateEdge?: MergeCandidateEdgeResolvers<ContextType>;
  MergeReview?: MergeReviewResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkEdge?: NetworkEdgeResolvers<ContextType>;
  NetworkNode?: NetworkNodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathNode?: PathNodeResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Tenure?: TenureResolvers<ContextType>;
};

