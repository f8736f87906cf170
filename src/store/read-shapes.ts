// What the store's reads take and give besides records: orders and pages, filters, counts, search
// hits, paths and networks, and the source every fact cites. Part of the store interface
// (graph-store.ts re-exports it).
import type { Level, OrganizationKind } from '../model/facts';

/** One attestation of a fact: the article and, when known, the sentence that states it. */
export interface SourceRef {
  articleId: string;
  quote: string | null;
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
  /**
   * false: every tenure's `sources` is empty, all else as with them (as TenureReadOptions): a
   * title's holders over the years cite thousands of articles, and a reader first picks the few
   * holding it, then reads their sources. Default true.
   */
  sources?: boolean;
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
