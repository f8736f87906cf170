// Rows as the engines return them, turned into the records of the store interface. Both
// engines return plain values here (the Neo4j runner converts its integers, the SQLite store
// its flags and JSON lists).
import type * as S from './graph-store';

export type Row = Record<string, unknown>;

export const str = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));
export const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export function sourcesOf(row: Row): S.SourceRef[] {
  const ids = strs(row.sources);
  const quotes = Array.isArray(row.quotes) ? row.quotes : [];
  return ids.map((articleId, i) => ({ articleId, quote: str(quotes[i]) }));
}

export const toPerson = (r: Row): S.PersonRecord => ({
  id: String(r.id), name: String(r.name), gender: str(r.gender) as S.PersonRecord['gender'], province: str(r.province), aliases: strs(r.aliases),
});
export const toOrganization = (r: Row): S.OrganizationRecord => ({
  id: String(r.id), name: String(r.name), kind: r.kind as S.OrganizationRecord['kind'], level: r.level as S.OrganizationRecord['level'],
  branch: String(r.branch ?? ''), localityId: str(r.localityId), parentId: str(r.parentId),
});
export const toMeeting = (r: Row): S.MeetingRecord => ({
  id: String(r.id), date: str(r.date), partOfDay: str(r.partOfDay), title: str(r.title), kind: str(r.kind), localityId: str(r.localityId),
});
export const toDirective = (r: Row): S.DirectiveRecord => ({
  id: String(r.id), kind: String(r.kind), number: String(r.number), issuerId: str(r.issuerId), issuerText: str(r.issuerText), date: str(r.date), title: str(r.title),
});
export const toLocality = (r: Row): S.LocalityRecord => ({
  id: String(r.id), name: String(r.name), level: r.level as S.LocalityRecord['level'], province: str(r.province),
});
export const toArticle = (r: Row): S.ArticleRecord => ({
  id: String(r.id), url: str(r.url), title: str(r.title), publisher: str(r.publisher), publishedAt: str(r.publishedAt),
  contentHash: String(r.contentHash ?? ''), file: str(r.file),
});
export const toTenure = (r: Row): S.TenureRecord => ({
  personId: String(r.personId), positionId: String(r.positionId), title: String(r.title), organizationId: String(r.organizationId),
  status: (str(r.status) ?? 'current') as S.TenureRecord['status'], firstSeen: str(r.firstSeen), lastSeen: str(r.lastSeen), sources: sourcesOf(r),
  citations: citationsOf(r),
});

/** SQLite sends the former days comma-joined and the events as JSON; Neo4j sends lists. */
export const toPostHolder = (r: Row): S.PostHolderRecord => ({
  personId: String(r.personId), positionId: String(r.positionId), title: String(r.title), organizationId: String(r.organizationId),
  firstSeen: str(r.firstSeen), lastSeen: str(r.lastSeen),
  formerDays: [...new Set(typeof r.formerDays === 'string' ? r.formerDays.split(',') : strs(r.formerDays))].sort(),
  events: (typeof r.events === 'string' ? (JSON.parse(r.events) as Row[]) : ((r.events ?? []) as Row[]))
    .map((e) => ({ kind: e.kind as S.PostHolderRecord['events'][number]['kind'], date: str(e.date) })),
});

/** Each attestation's date and status, from the parallel lists both engines return. */
function citationsOf(r: Row): S.TenureRecord['citations'] {
  const dates = strs(r.dates);
  const statuses = strs(r.statuses);
  // In date order: the order articles were stored in is not a fact (grouped and one-by-one ingestion differ).
  return dates
    .map((date, i) => ({ date: date || null, status: (statuses[i] || 'current') as S.TenureRecord['status'] }))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.status.localeCompare(b.status));
}
const ROLE_COLUMNS = [['spoke', 'SPOKE'], ['reported', 'REPORTED'], ['concluded', 'CONCLUDED'], ['directed', 'DIRECTED']] as const;

/** Chairs and attendees of the same person and meeting become one participation. */
export function participations(chaired: Row[], attended: Row[]): S.ParticipationRecord[] {
  const byKey = new Map<string, S.ParticipationRecord>();
  const entry = (r: Row) => {
    const key = `${r.personId}\u0000${r.meetingId}`;
    let p = byKey.get(key);
    if (!p) byKey.set(key, (p = { personId: String(r.personId), meetingId: String(r.meetingId), chair: false, roles: [], sources: [] }));
    for (const s of sourcesOf(r)) if (!p.sources.some((x) => x.articleId === s.articleId)) p.sources.push(s);
    return p;
  };
  for (const r of chaired) {
    const p = entry(r);
    p.chair = true;
    if (!p.roles.includes('CHAIRED')) p.roles.unshift('CHAIRED');
  }
  for (const r of attended) {
    const p = entry(r);
    if (!p.roles.includes('ATTENDED')) p.roles.push('ATTENDED');
    for (const [col, role] of ROLE_COLUMNS) if (r[col] && !p.roles.includes(role)) p.roles.push(role);
  }
  return [...byKey.values()];
}

/** One source per article, the first sentence found for it. */
export function ownerSources(rows: Row[]): Array<{ ownerId: string; source: S.SourceRef }> {
  const seen = new Set<string>();
  const out: Array<{ ownerId: string; source: S.SourceRef }> = [];
  for (const r of rows) {
    for (const source of sourcesOf(r)) {
      const key = `${r.ownerId}\u0000${source.articleId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ownerId: String(r.ownerId), source });
    }
  }
  return out;
}

export function dedupe<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.id) && !!seen.add(i.id));
}

/** The kind of a node on a path, read from its id. */
export const nodeKindOfId = (id: string): S.GraphNodeKind =>
  id.startsWith('person/') ? 'PERSON' : id.startsWith('meeting/') ? 'MEETING' : id.startsWith('org/') ? 'ORGANIZATION' : 'POSITION';

export const toEvent = (r: Row): S.EventRecord => ({
  id: String(r.id), kind: r.kind as S.EventRecord['kind'], personId: String(r.personId), positionId: String(r.positionId), title: String(r.title),
  organizationId: String(r.organizationId), date: str(r.date), decisionNumber: str(r.decisionNumber), directiveId: str(r.directiveId),
  decidedById: str(r.decidedById),
  // SQLite gives a JSON list of {articleId, quote}; Neo4j parallel lists of sources and quotes.
  sources: typeof r.sources === 'string'
    ? (JSON.parse(r.sources) as Array<{ articleId: string; quote: string | null }>).map((x) => ({ articleId: String(x.articleId), quote: str(x.quote) }))
    : sourcesOf(r),
});

export const toChange = (r: Row): S.ChangeRecord => ({
  kind: r.kind as S.ChangeRecord['kind'], personId: str(r.personId), positionId: str(r.positionId), title: str(r.title),
  organizationId: str(r.organizationId), eventId: str(r.eventId), eventKind: str(r.eventKind) as S.ChangeRecord['eventKind'],
  date: str(r.date), meetingId: str(r.meetingId), articleId: String(r.articleId), publishedAt: str(r.publishedAt), quote: str(r.quote),
});

/** Colleague rows (most shared meetings first), at most `limit` per person. */
export function colleagues(rows: Row[], limit: number): S.ColleagueRecord[] {
  const perPerson = new Map<string, number>();
  const out: S.ColleagueRecord[] = [];
  for (const r of rows) {
    const n = perPerson.get(String(r.personId)) ?? 0;
    if (n >= limit) continue;
    perPerson.set(String(r.personId), n + 1);
    out.push({ personId: String(r.personId), colleagueId: String(r.colleagueId), sharedMeetings: Number(r.shared) });
  }
  return out;
}
