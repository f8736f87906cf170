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
