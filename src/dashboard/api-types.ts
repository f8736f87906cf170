// The parts of the public schema (schema/schema.graphql) the dashboard reads, as the queries in
// queries.ts select them.

export type Level = 'CENTRAL' | 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export type OrganizationKind =
  | 'PARTY_COMMITTEE' | 'STANDING_COMMITTEE' | 'BOARD' | 'PEOPLES_COUNCIL' | 'PEOPLES_COMMITTEE' | 'FRONT' | 'MASS_ORGANIZATION' | 'STATE_BODY';
export type TenureStatus = 'CURRENT' | 'FORMER' | 'ACTING';
export type NodeKind = 'PERSON' | 'MEETING' | 'ORGANIZATION' | 'POSITION';

export interface Source {
  articleId: string;
  url: string | null;
  title: string | null;
  publisher?: string | null;
  publishedAt?: string | null;
  quote: string | null;
}

export interface Locality {
  id: string;
  name: string;
  level: Level;
  province: string | null;
}

export interface Ref {
  id: string;
  name: string;
}

export interface Tenure {
  person: Ref;
  title: string;
  organization: Ref;
  status: TenureStatus;
  current: boolean;
  firstSeen: string | null;
  lastSeen: string | null;
  sources: Source[];
}

export interface Organization {
  id: string;
  name: string;
  kind: OrganizationKind;
  level: Level;
  locality: Pick<Locality, 'name' | 'level' | 'province'> | null;
  parent?: Ref | null;
  /** Lists leave out the body of each tenure: it is this one. */
  positions: Array<Omit<Tenure, 'organization'> & { organization?: Ref }>;
}

export interface Attendance {
  person: Ref;
  roles: string[];
}

export interface Directive {
  id: string;
  kind: string;
  number: string;
  title: string | null;
  issuerText: string | null;
  date: string | null;
}

export interface Meeting {
  id: string;
  date: string | null;
  partOfDay: string | null;
  title: string | null;
  kind: string | null;
  locality: Pick<Locality, 'name' | 'level' | 'province'> | null;
  /** The attendees who chaired (lists derive it from the roles). */
  chairs: Attendance[];
  attendees: Attendance[];
  organizations?: Ref[];
  directives: Array<Pick<Directive, 'id' | 'kind' | 'number' | 'title'>>;
  sources: Source[];
}

export interface MeetingRef {
  id: string;
  date: string | null;
  title: string | null;
}

export interface Person {
  id: string;
  name: string;
  gender: 'FEMALE' | 'MALE' | null;
  province: string | null;
  positions: Tenure[];
  meetingsChaired: MeetingRef[];
  meetingsAttended: Array<{ meeting: MeetingRef; roles: string[] }>;
  colleagues: Array<{ person: Ref; sharedMeetings: number }>;
  sources: Source[];
}

export interface NetworkNode {
  id: string;
  kind: NodeKind;
  label: string;
  category: string | null;
  level: Level | null;
  weight: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  relation: string;
  weight: number;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  truncated: boolean;
}

export interface SearchHit {
  kind: 'PERSON' | 'ORGANIZATION' | 'MEETING' | 'DIRECTIVE';
  id: string;
  label: string;
  context: string | null;
}

export interface PathNode {
  kind: NodeKind;
  id: string;
  label: string;
}

export interface Path {
  length: number;
  nodes: PathNode[];
  steps: Array<{ from: PathNode; to: PathNode; relation: string; sources: Source[] }>;
}
