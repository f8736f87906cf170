// The facts one article yields. Extraction produces them, the store persists them, the API
// serves them. Every fact keeps the evidence it came from, so a reader can cite it.

/** Character offsets into the original article text (before any normalization). */
export interface Span {
  start: number;
  end: number;
}

/** Where a fact was read: the sentence that states it, quoted from the original text. */
export interface Evidence {
  quote: string;
  span: Span;
}

export type Gender = 'FEMALE' | 'MALE';

export type Branch = 'party' | 'state' | 'front' | 'mass-organization';
export type Level = 'central' | 'province' | 'district' | 'commune';
export type OrganizationKind =
  | 'party-committee'
  | 'standing-committee'
  | 'board'
  | 'peoples-council'
  | 'peoples-committee'
  | 'front'
  | 'mass-organization'
  | 'state-body';

export interface OrganizationRef {
  /** Canonical name without the place, e.g. "Ban Dân vận Tỉnh ủy". */
  name: string;
  /** Lexicon id of the body, e.g. "ban-dan-van-tinh-uy". */
  lexiconId: string;
  kind: OrganizationKind;
  level: Level;
  branch: Branch;
  /** Province (for province bodies) or the district's own name (for district bodies); null when unknown. */
  locality: string | null;
  /** Province a district body belongs to, when known. */
  province: string | null;
}

/** "nguyên" (former) and "quyền" (acting) change what a title means. */
export type TenureStatus = 'current' | 'former' | 'acting';

export interface PositionFact {
  title: string;
  organization: OrganizationRef;
  status: TenureStatus;
  evidence: Evidence;
}

export interface PersonFact {
  name: string;
  /** Only from "ông"/"bà"; null when the text does not say. */
  gender: Gender | null;
  positions: PositionFact[];
  mentions: Span[];
}

export type ParticipantRole = 'CHAIRED' | 'ATTENDED' | 'SPOKE' | 'REPORTED' | 'CONCLUDED' | 'DIRECTED';

export interface ParticipantFact {
  name: string;
  roles: ParticipantRole[];
  evidence: Evidence;
}

export interface MeetingFact {
  /** ISO date, "--MM-DD" when the year is unknown, null when the article gives no date. */
  date: string | null;
  /** "morning" | "afternoon" | "evening" when the article says Sáng/Chiều/Tối. */
  partOfDay: string | null;
  kind: string | null;
  title: string | null;
  chairs: ParticipantFact[];
  participants: ParticipantFact[];
  /** Canonical names of bodies that took part (host, guests). */
  organizations: OrganizationRef[];
  /** Numbers of directives referred to in the report. */
  directives: string[];
  evidence: Evidence | null;
}

export interface DirectiveFact {
  kind: string;
  number: string;
  issuer: OrganizationRef | null;
  /** Issuer as written when it is not a known body, e.g. "Bộ Chính trị (khóa XII)". */
  issuerText: string | null;
  date: string | null;
  title: string | null;
  evidence: Evidence;
}

/** What a personnel clause says happened to a post ("được bầu giữ chức", "miễn nhiệm", "nghỉ hưu"). */
export type EventKind = 'appointed' | 'elected' | 'dismissed' | 'transferred' | 'retired' | 'assigned';

/**
 * One person and one post in personnel news. appointed, elected, transferred and assigned confer the
 * post (it is also a current position of the person); dismissed and retired end it (a former one).
 */
export interface EventFact {
  kind: EventKind;
  person: string;
  title: string;
  organization: OrganizationRef;
  /** ISO date from which the event holds, when the text says ("kể từ ngày 1/10/2025"). */
  effective: string | null;
  /** Number of the decision or resolution that made it, e.g. "1520/QĐ-UBND". */
  decision: string | null;
  /** The body that decided (bầu, bổ nhiệm ...), when the text says. */
  decidedBy: OrganizationRef | null;
  evidence: Evidence;
}

export interface ArticleMeta {
  url?: string | null;
  source?: string | null;
  title?: string | null;
  publishedAt?: string | null;
  province?: string | null;
}

export interface ArticleFacts {
  /** Path as given on the command line (or an id for text passed through the API). */
  file: string;
  /** Stable id from the normalized text, so the same article is recognised again. */
  articleId: string;
  title: string | null;
  publishedAt: string | null;
  url: string | null;
  source: string | null;
  locality: { province: string | null; district: string | null };
  meetings: MeetingFact[];
  people: PersonFact[];
  directives: DirectiveFact[];
  /** Personnel news: appointments, elections, dismissals, transfers, retirements, assignments. */
  events: EventFact[];
  authors: string[];
  campaigns: string[];
}
