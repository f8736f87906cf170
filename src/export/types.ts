// What the exporters read. Shaped so that both the store's NetworkResult and the GraphQL
// `Network` fit without conversion: the CLI passes the former, the dashboard the latter.

export interface ExportNode {
  id: string;
  kind: string;
  label: string;
  category?: string | null;
  level?: string | null;
  weight: number;
}

export interface ExportEdge {
  source: string;
  target: string;
  relation: string;
  weight: number;
}

export interface ExportNetwork {
  nodes: readonly ExportNode[];
  edges: readonly ExportEdge[];
  truncated?: boolean;
}

/** Where a node was drawn, so that Gephi opens the file as the dashboard showed it. */
export interface NodePlacement {
  x: number;
  y: number;
  size?: number;
  color?: string;
}

export type Layout = Record<string, NodePlacement>;

export interface ExportSource {
  articleId: string;
  url?: string | null;
  title?: string | null;
  /** The sentence of the article that states the fact. */
  quote?: string | null;
}

/** One person holding one title in one body. */
export interface TenureRow {
  personId: string;
  personName: string;
  title: string;
  organizationId: string;
  organizationName: string;
  province?: string | null;
  district?: string | null;
  status: string;
  current: boolean;
  firstSeen?: string | null;
  lastSeen?: string | null;
  sources: readonly ExportSource[];
  // The tenure's bounds and what each rests on (src/tenures), when the exporter read them.
  positionId?: string | null;
  start?: string | null;
  startBasis?: string | null;
  end?: string | null;
  endBasis?: string | null;
  /** HOLDING, ENDED, NOT_STARTED or UNKNOWN on the day of the export. */
  state?: string | null;
  /** The dates of the articles that cite the tenure (ISO days, partial dates left out). */
  citedOn?: readonly string[];
}

/** One person at one meeting. */
export interface ParticipationRow {
  meetingId: string;
  meetingDate?: string | null;
  meetingTitle?: string | null;
  meetingKind?: string | null;
  locality?: string | null;
  personId: string;
  personName: string;
  chair: boolean;
  roles: readonly string[];
  sources: readonly ExportSource[];
}

export interface ExportBundle {
  province: string;
  network: ExportNetwork;
  tenures: readonly TenureRow[];
  participations: readonly ParticipationRow[];
}

// What the store-backed exports read: one part per province (or the part that lies in no
// province), each whole, so every writer can emit a part as soon as it is read.

export interface ExportPerson {
  id: string;
  name: string;
  gender?: string | null;
  province?: string | null;
}

export interface ExportOrganization {
  id: string;
  name: string;
  kind: string;
  level?: string | null;
  province?: string | null;
  district?: string | null;
  parentId?: string | null;
}

export interface ExportMeeting {
  id: string;
  date?: string | null;
  title?: string | null;
  kind?: string | null;
  locality?: string | null;
  province?: string | null;
  sources: readonly ExportSource[];
}

/** A personnel decision (appointed, elected, dismissed, ...) about one person and post. */
export interface ExportEvent {
  id: string;
  kind: string;
  personId: string;
  positionId: string;
  title: string;
  organizationId: string;
  date?: string | null;
  decisionNumber?: string | null;
  decidedById?: string | null;
  sources: readonly ExportSource[];
}

export interface ExportPart {
  /** The province the part covers; null for what the articles place in no province. */
  province: string | null;
  people: readonly ExportPerson[];
  organizations: readonly ExportOrganization[];
  /**
   * Bodies of other parts (or outside the province) that this part names: parents, the bodies that
   * decided its personnel events, bodies at its meetings. Open-data formats list them so every
   * reference resolves; tables and network files leave them out.
   */
  otherOrganizations?: readonly ExportOrganization[];
  tenures: readonly TenureRow[];
  meetings: readonly ExportMeeting[];
  participations: readonly ParticipationRow[];
  /** Bodies that took part in meetings. */
  tookPart: ReadonlyArray<{ organizationId: string; meetingId: string }>;
  events: readonly ExportEvent[];
}

/**
 * What is exported: a province or the whole graph. `parts()` reads it again each time it is
 * called, so a writer that needs two passes (GEXF: nodes before edges) holds one part at a time.
 */
export interface ExportScope {
  /** "An Giang", or "all". */
  name: string;
  parts(): AsyncIterable<ExportPart>;
}
