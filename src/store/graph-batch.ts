// Turns the facts of one article into the rows of the graph model (docs/model.md): nodes with
// deterministic ids and relationships that each carry the article and the sentence attesting
// them. Pure, and shared by every store, so both engines write exactly the same graph.
import { createHash, hash } from 'crypto';
import type { ArticleFacts, OrganizationRef, ParticipantFact, PersonFact } from '../model/facts';
import type { ArticleRecord } from './graph-store';
import { fold as foldText } from '../text';
import { fold, nameKey } from './memo';
import { lexiconData } from '../lexicon';
import {
  directiveId,
  districtLocalityId,
  meetingId,
  organizationDisplayName,
  organizationId,
  organizationLocalityId,
  personId,
  type Office,
  placeKey,
  positionId,
  provinceLocalityId,
} from './identity';

export interface ArticleRow extends ArticleRecord {
  province: string | null;
}
export interface LocalityRow {
  id: string; name: string; folded: string; level: string; province: string | null;
  /** A province merged away in 2025 keeps its node, valid until the merger. */
  validFrom: string | null; validTo: string | null;
}
export interface OrganizationRow {
  id: string; name: string; folded: string; kind: string; level: string; branch: string;
  lexiconId: string; province: string | null; provinceKey: string; localityId: string | null;
}
export interface PositionRow { id: string; title: string; folded: string; organizationId: string }
export interface PersonRow { id: string; name: string; folded: string; gender: string | null; province: string | null; provinceKey: string }
export interface MeetingRow {
  id: string; date: string | null; partOfDay: string | null; kind: string | null; title: string | null;
  folded: string; province: string | null; provinceKey: string; localityId: string | null;
}
export interface DirectiveRow {
  id: string; kind: string; number: string; folded: string; issuerText: string | null; date: string | null; title: string | null;
}

/** Every relationship row: endpoints, the sentence that attests it, and the date it was seen. */
export interface RelRow { from: string; to: string; quote: string; seen: string | null }
export interface HoldsRow extends RelRow { status: string }
export interface AttendedRow extends RelRow { spoke: boolean; reported: boolean; concluded: boolean; directed: boolean }

/** A personnel event, about a person and a post, with the sentence that reports it. */
export interface EventRow {
  id: string; kind: string; personId: string; positionId: string;
  /** Effective date when the text gives one, else the date the article reports. */
  date: string | null;
  decisionNumber: string | null; directiveId: string | null; decidedById: string | null; quote: string;
}

export interface GraphBatch {
  article: ArticleRow;
  events: EventRow[];
  localities: LocalityRow[];
  organizations: OrganizationRow[];
  positions: PositionRow[];
  people: PersonRow[];
  meetings: MeetingRow[];
  directives: DirectiveRow[];
  rels: {
    HOLDS: HoldsRow[];
    IN: RelRow[];
    PART_OF: RelRow[];
    ORG_LOCATED_IN: RelRow[];
    MEETING_LOCATED_IN: RelRow[];
    CHAIRED: RelRow[];
    ATTENDED: AttendedRow[];
    TOOK_PART: RelRow[];
    MEETING_REFERENCES: RelRow[];
    ARTICLE_REFERENCES: RelRow[];
    ISSUED_BY: RelRow[];
    REPORTED_IN: RelRow[];
  };
}

export type RelName = keyof GraphBatch['rels'];

/** Relationships that start at a person: what merge-people moves. */
export const PERSON_RELATIONSHIPS: RelName[] = ['HOLDS', 'CHAIRED', 'ATTENDED'];

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

let provincesByName: Map<string, { validFrom?: string | null; validTo?: string | null }> | null = null;
function provinceEntry(name: string) {
  provincesByName ??= new Map(lexiconData().provinces.map((p) => [fold(p.name), p]));
  return provincesByName.get(fold(name));
}

// A body written as "<unit> <committee>" ("Ban Dân vận Tỉnh ủy", "Văn phòng UBND tỉnh") is
// PART_OF that committee.
const PARENTS: Array<{ suffix: RegExp; kind: OrganizationRef['kind']; branch: OrganizationRef['branch'] }> = [
  { suffix: / ((?:Tỉnh|Thành|Huyện|Thị|Quận|Đảng) ủy)$/u, kind: 'party-committee', branch: 'party' },
  { suffix: / (Ủy ban nhân dân (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường))$/u, kind: 'peoples-committee', branch: 'state' },
  { suffix: / (Hội đồng nhân dân (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường))$/u, kind: 'peoples-council', branch: 'state' },
];

function parentOf(org: OrganizationRef): OrganizationRef | null {
  for (const { suffix, kind, branch } of PARENTS) {
    const m = suffix.exec(org.name);
    if (m) return { ...org, name: m[1], lexiconId: fold(m[1]).replace(/[^a-z0-9]+/g, '-'), kind, branch };
  }
  return null;
}

class Collector<T extends { id: string }> {
  private readonly byId = new Map<string, T>();
  add(row: T): string {
    if (!this.byId.has(row.id)) this.byId.set(row.id, row);
    return row.id;
  }
  rows(): T[] {
    return [...this.byId.values()];
  }
}

class RelCollector<T extends RelRow> {
  private readonly byKey = new Map<string, T>();
  add(row: T, merge?: (old: T, next: T) => void): void {
    const key = `${row.from}\u0000${row.to}`;
    const old = this.byKey.get(key);
    if (!old) this.byKey.set(key, row);
    else merge?.(old, row);
  }
  rows(): T[] {
    return [...this.byKey.values()];
  }
}

/** What an article's row keeps to tell its facts apart from another version's. */
export const articleHash = (facts: ArticleFacts) => factsJsonHash(JSON.stringify(facts));
/** articleHash of the facts whose JSON.stringify is `json` (cadregraph generate builds it from pieces). */
export const factsJsonHash = (json: string) => hash('sha256', json, 'hex');

export function buildGraphBatch(facts: ArticleFacts, contentHash: string): GraphBatch {
  const articleProvince = facts.locality.province;
  const published = facts.publishedAt && FULL_DATE.test(facts.publishedAt) ? facts.publishedAt : null;
  const localities = new Collector<LocalityRow>();
  const organizations = new Collector<OrganizationRow>();
  const positions = new Collector<PositionRow>();
  const people = new Collector<PersonRow>();
  const meetings = new Collector<MeetingRow>();
  const directives = new Collector<DirectiveRow>();
  const rel = {
    HOLDS: new RelCollector<HoldsRow>(),
    IN: new RelCollector<RelRow>(),
    PART_OF: new RelCollector<RelRow>(),
    ORG_LOCATED_IN: new RelCollector<RelRow>(),
    MEETING_LOCATED_IN: new RelCollector<RelRow>(),
    CHAIRED: new RelCollector<RelRow>(),
    ATTENDED: new RelCollector<AttendedRow>(),
    TOOK_PART: new RelCollector<RelRow>(),
    MEETING_REFERENCES: new RelCollector<RelRow>(),
    ARTICLE_REFERENCES: new RelCollector<RelRow>(),
    ISSUED_BY: new RelCollector<RelRow>(),
    REPORTED_IN: new RelCollector<RelRow>(),
  };

  const addLocality = (province: string | null, district: string | null): string | null => {
    if (!province && !district) return null;
    if (province) {
      const entry = provinceEntry(province);
      localities.add({
        id: provinceLocalityId(province), name: province, folded: fold(province), level: 'province', province: null,
        validFrom: entry?.validFrom ?? null, validTo: entry?.validTo ?? null,
      });
    }
    if (!district) return province ? provinceLocalityId(province) : null;
    return localities.add({
      id: districtLocalityId(province, district), name: district, folded: fold(district), level: 'district', province,
      validFrom: null, validTo: null,
    });
  };

  const addOrganization = (org: OrganizationRef, quote: string, seen: string | null): string => {
    const province = org.level === 'central' ? null : org.province ?? (org.level === 'province' ? org.locality : null);
    const localityId = org.level === 'central' ? null
      : org.level === 'province' ? addLocality(org.locality, null)
      : addLocality(org.province, org.locality);
    const name = organizationDisplayName(org);
    const id = organizations.add({
      id: organizationId(org, facts.articleId), name, folded: fold(name), kind: org.kind, level: org.level, branch: org.branch,
      lexiconId: org.lexiconId, province, provinceKey: placeKey(province), localityId: organizationLocalityId(org),
    });
    if (localityId) rel.ORG_LOCATED_IN.add({ from: id, to: localityId, quote, seen });
    const parent = parentOf(org);
    if (parent) rel.PART_OF.add({ from: id, to: addOrganization(parent, quote, seen), quote, seen });
    return id;
  };

  // A person is keyed by the province where they hold office: the first local body that names a
  // place (a provincial secretary who also sits on the Central Committee is known by the
  // province), "central" when every title is national, else the article's province.
  const officeOf = (p: PersonFact): Office => {
    for (const pos of p.positions) {
      if (pos.organization.level === 'central') continue;
      const place = pos.organization.province ?? (pos.organization.level === 'province' ? pos.organization.locality : null);
      if (place) return { province: place };
    }
    if (p.positions.length && p.positions.every((pos) => pos.organization.level === 'central')) return 'central';
    return articleProvince ? { province: articleProvince } : 'unplaced';
  };
  const provinceOf = (office: Office) => (typeof office === 'object' ? office.province : null);
  const personIds = new Map<string, string>();
  for (const p of facts.people) {
    const office = officeOf(p);
    const province = provinceOf(office);
    const id = people.add({ id: personId(p.name, office, facts.articleId), name: p.name, folded: fold(p.name), gender: p.gender, province, provinceKey: placeKey(province) });
    personIds.set(p.name, id);
  }
  const idOfPerson = (name: string): string => {
    const known = personIds.get(name);
    if (known) return known;
    const office: Office = articleProvince ? { province: articleProvince } : 'unplaced';
    const id = people.add({ id: personId(name, office, facts.articleId), name, folded: fold(name), gender: null, province: articleProvince, provinceKey: placeKey(articleProvince) });
    personIds.set(name, id);
    return id;
  };

  const meetingDates = facts.meetings.map((m) => (m.date && FULL_DATE.test(m.date) ? m.date : null));
  const seenOf = (i: number | null) => (i !== null && meetingDates[i]) || published;

  // A post conferred or ended "kể từ ngày ..." is attested from that day, not from the day of the report.
  const postKey = (person: string, title: string, org: OrganizationRef) => `${nameKey(person)}\u0000${fold(title)}\u0000${organizationId(org, facts.articleId)}`;
  const effectiveOf = new Map(facts.events.filter((e) => e.effective && FULL_DATE.test(e.effective)).map((e) => [postKey(e.person, e.title, e.organization), e.effective!]));
  const reported = published ?? meetingDates.find((d) => d) ?? null;
  for (const p of facts.people) {
    const from = personIds.get(p.name)!;
    for (const pos of p.positions) {
      const seen = effectiveOf.get(postKey(p.name, pos.title, pos.organization)) ?? reported;
      const orgId = addOrganization(pos.organization, pos.evidence.quote, seen);
      const posId = positions.add({ id: positionId(orgId, pos.title), title: pos.title, folded: fold(pos.title), organizationId: orgId });
      rel.IN.add({ from: posId, to: orgId, quote: pos.evidence.quote, seen });
      rel.HOLDS.add({ from, to: posId, quote: pos.evidence.quote, seen, status: pos.status });
    }
  }

  const directiveIds = new Map<string, string>();
  for (const d of facts.directives) {
    const id = directives.add({
      id: directiveId(d.number, d.issuer, articleProvince), kind: d.kind, number: d.number, folded: foldText(`${d.kind} ${d.number} ${d.title ?? ''}`),
      issuerText: d.issuerText, date: d.date, title: d.title,
    });
    directiveIds.set(d.number, id);
    if (d.issuer) rel.ISSUED_BY.add({ from: id, to: addOrganization(d.issuer, d.evidence.quote, published), quote: d.evidence.quote, seen: published });
    rel.ARTICLE_REFERENCES.add({ from: facts.articleId, to: id, quote: d.evidence.quote, seen: published });
  }

  const events = new Collector<EventRow>();
  for (const e of facts.events) {
    const quote = e.evidence.quote;
    const orgId = addOrganization(e.organization, quote, reported);
    const posId = positions.add({ id: positionId(orgId, e.title), title: e.title, folded: fold(e.title), organizationId: orgId });
    rel.IN.add({ from: posId, to: orgId, quote, seen: reported });
    const person = idOfPerson(e.person);
    const date = e.effective && FULL_DATE.test(e.effective) ? e.effective : reported;
    // One event reported by several articles is one node when its date is known.
    const key = date ? `${person}|${posId}|${e.kind}|${date}` : `${facts.articleId}|${person}|${posId}|${e.kind}`;
    events.add({
      id: `event/${createHash('sha256').update(key).digest('hex').slice(0, 16)}`, kind: e.kind, personId: person, positionId: posId, date,
      decisionNumber: e.decision, directiveId: e.decision ? directiveIds.get(e.decision) ?? null : null,
      decidedById: e.decidedBy ? addOrganization(e.decidedBy, quote, reported) : null, quote,
    });
  }

  facts.meetings.forEach((m, index) => {
    const seen = seenOf(index);
    const chairIds = m.chairs.map((c) => idOfPerson(c.name));
    const id = meetings.add({
      id: meetingId({ articleId: facts.articleId, index, province: articleProvince, date: meetingDates[index], chairIds }),
      date: m.date, partOfDay: m.partOfDay, kind: m.kind, title: m.title, folded: foldText(m.title ?? ''),
      province: articleProvince, provinceKey: placeKey(articleProvince),
      localityId: addLocality(articleProvince, facts.locality.district),
    });
    const quote = m.evidence?.quote ?? '';
    rel.REPORTED_IN.add({ from: id, to: facts.articleId, quote, seen });
    const localityId = addLocality(articleProvince, facts.locality.district);
    if (localityId) rel.MEETING_LOCATED_IN.add({ from: id, to: localityId, quote, seen });
    m.chairs.forEach((c, i) => rel.CHAIRED.add({ from: chairIds[i], to: id, quote: c.evidence.quote, seen }));
    const attend = (p: ParticipantFact) => {
      const row: AttendedRow = {
        from: idOfPerson(p.name), to: id, quote: p.evidence.quote, seen,
        spoke: p.roles.includes('SPOKE'), reported: p.roles.includes('REPORTED'),
        concluded: p.roles.includes('CONCLUDED'), directed: p.roles.includes('DIRECTED'),
      };
      rel.ATTENDED.add(row, (old, next) => {
        old.spoke ||= next.spoke; old.reported ||= next.reported; old.concluded ||= next.concluded; old.directed ||= next.directed;
      });
    };
    // A chair who also spoke or concluded is recorded on ATTENDED too, so roles live in one place.
    for (const c of m.chairs) if (c.roles.some((r) => r !== 'CHAIRED' && r !== 'ATTENDED')) attend(c);
    m.participants.forEach(attend);
    for (const org of m.organizations) rel.TOOK_PART.add({ from: addOrganization(org, quote, seen), to: id, quote, seen });
    for (const number of m.directives) {
      const dId = directiveIds.get(number);
      if (dId) rel.MEETING_REFERENCES.add({ from: id, to: dId, quote, seen });
    }
  });

  return {
    article: {
      id: facts.articleId, url: facts.url, title: facts.title, publisher: facts.source, publishedAt: facts.publishedAt,
      contentHash, file: facts.file, province: articleProvince,
    },
    events: events.rows(),
    localities: localities.rows(),
    organizations: organizations.rows(),
    positions: positions.rows(),
    people: people.rows(),
    meetings: meetings.rows(),
    directives: directives.rows(),
    rels: Object.fromEntries(Object.entries(rel).map(([k, v]) => [k, v.rows()])) as GraphBatch['rels'],
  };
}
