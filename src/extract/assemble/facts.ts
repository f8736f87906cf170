import { hash } from 'crypto';
import type {
  ArticleFacts,
  DirectiveFact,
  Evidence,
  MeetingFact,
  OrganizationRef,
  ParticipantFact,
  ParticipantRole,
  PersonFact,
  PositionFact,
} from '../../model/facts';
import type { ArticleDocument, Sentence } from '../common/document';
import type { LexiconIndex } from '../common/lexicon-index';
import type { PhraseMatch } from '../common/phrase-matcher';
import type { BodyMention, Unit } from '../mentions/units';
import type { DirectiveMention } from '../mentions/directives';
import type { NameInChain, PositionMention } from '../resolve/chains';
import type { ArticleContext } from '../resolve/context';
import type { RoleAssignment } from '../roles/participants';
import { findDates, firstLunarDate, inferYear, isoDate, statedYears, type YearHints } from '../mentions/dates';
import { fold, nameKey, slug } from '../../text';
import { bodyOfEntry } from '../mentions/bodies';

// Puts the pieces together into the facts of one article, citing the sentence of each.

export interface SentenceReading {
  sentence: Sentence;
  units: Unit[];
  isLead: boolean;
  /** Whether the sentence has a word personnel news starts from ("bổ nhiệm", "từng"). */
  statesEvents: boolean;
  /** The kinds of meeting a lead sentence names (meetings.yaml); empty for the others. */
  meetingKinds: PhraseMatch<string>[];
  names?: NameInChain[];
  orgs?: BodyMention[];
  roles?: RoleAssignment[];
}

const LEVEL_WORD = { province: 'tỉnh', district: 'huyện', commune: 'xã' } as const;

export function evidenceOf(doc: ArticleDocument, s: Sentence): Evidence {
  const start = doc.norm.toOriginal(s.start);
  const end = doc.norm.toOriginal(s.end);
  return { quote: doc.norm.original.slice(start, end).trim(), span: { start, end } };
}

/** A body as the graph stores it, completing what the text left to context. */
export function organizationRef(b: BodyMention, ctx: ArticleContext): OrganizationRef | null {
  let name = b.name;
  let level = b.level ?? b.rootLevel;
  if (b.needsParent) {
    const parentKinds = b.entry.parents ?? [];
    if (!ctx.committee || !ctx.committeeName || !parentKinds.includes('party-committee')) return null;
    name = `${b.entry.name} ${ctx.committeeName}`;
    level = ctx.committeeLevel;
  } else if (b.bare) {
    // A bare "Đảng ủy" is a commune's or ward's; never the province's by default. A sector's own
    // committee ("Đảng ủy Công an") written without its level is not placed at all.
    if (b.root.sector) return null;
    const levelWord = ctx.committeeLevel === 'province' ? ctx.provinceWord : ctx.committeeLevel && ctx.committeeLevel !== 'central' ? LEVEL_WORD[ctx.committeeLevel] : null;
    const bareLevel = b.entry.bareLevel;
    if (bareLevel === 'central') level = 'central';
    else {
      const word = bareLevel === 'province' ? ctx.provinceWord : ctx.localWord ?? (b.root.kind !== 'party-committee' ? levelWord : null);
      if (!word) return null;
      level = bareLevel === 'province' ? 'province' : ctx.localWord ? 'commune' : ctx.committeeLevel;
      name = `${name} ${word}`;
    }
  }
  const written = b.entry.id === 'as-written';
  const locality = b.place ?? (written ? null : level === 'province' ? ctx.province : level === 'district' ? ctx.district
    : level === 'commune' && name.endsWith(` ${ctx.localWord}`) ? ctx.localPlace : null);
  const province = level === 'central' ? null : (b.placeProvince ?? (level === 'province' ? locality : ctx.province));
  return {
    name,
    lexiconId: written ? `as-written/${slug(name)}` : b.entry.id,
    kind: b.entry.kind,
    branch: b.entry.branch,
    level: level ?? 'province',
    locality: level === 'central' ? null : locality,
    province,
  };
}

// The national Central Committee and its organs have no "Ban Thường vụ" of their own; a central party
// committee of an agency does ("Ban Thường vụ Đảng ủy Chính phủ").
const NATIONAL_PARTY = new Set(['bch-trung-uong', 'bo-chinh-tri', 'ban-bi-thu']);

/** A party committee whose standing board and membership a bare "Ban Thường vụ", "Ban Chấp hành" can mean. */
export const ownsBoards = (b: PositionMention['body']): boolean =>
  !!b && !b.needsParent && b.root.kind === 'party-committee' && (b.rootLevel !== 'central' || !NATIONAL_PARTY.has(b.root.id));

/**
 * "Ủy viên Ban Thường vụ, Trưởng ban Dân vận Tỉnh ủy": the bare board takes its sibling's committee.
 * "Phó Bí thư, Chủ tịch UBND huyện": a bare party title takes the committee of its sibling's level.
 * "Ủy viên Ban Chấp hành, Ủy viên Ban Thường vụ Tỉnh ủy": a bare "Ban Chấp hành" is that committee.
 */
export function completeFromSiblings(positions: PositionMention[], lex: LexiconIndex): PositionMention[] {
  const anchor = positions.find((p) => ownsBoards(p.body));
  const levelled = positions.find((p) => p.body && !p.body.needsParent && (p.body.level === 'province' || p.body.level === 'district'));
  return positions.map((p) => {
    if (!p.body && p.title.partyTitle && levelled?.body) {
      const committee = lex.bodyById.get(levelled.body.level === 'province' ? 'tinh-uy' : 'huyen-uy')!;
      const b = levelled.body;
      return { ...p, body: { ...b, entry: committee, name: committee.name, root: committee, rootName: committee.name, rootLevel: b.level, needsParent: false } };
    }
    // "Ủy viên Ban Chấp hành, Ủy viên Ban Thường vụ Tỉnh ủy": a member of the committee itself.
    if (p.body?.entry.id === 'as-written' && p.body.name.toLowerCase() === 'ban chấp hành' && anchor?.body) {
      const root = anchor.body;
      return { ...p, body: { ...root, entry: root.root, name: root.rootName, needsParent: false } };
    }
    if (!p.body?.needsParent || !anchor?.body || !p.body.entry.parents?.includes('party-committee')) return p;
    const root = anchor.body;
    return { ...p, body: { ...root, entry: p.body.entry, name: `${p.body.entry.name} ${root.rootName}`, needsParent: false } };
  });
}

export function titleName(p: PositionMention): string {
  if (p.title.headOf && p.body) return `${p.title.name} ${p.body.entry.name.split(' ')[0].toLowerCase()}`;
  return p.title.name;
}

const EFFECTIVE_BEFORE = /kể từ\s*(?:ngày\s*)?$/iu;
/** meetings.yaml's kind for a lead that reports a document signed, not a meeting. */
const DOCUMENT = 'document';

function meetingDate(doc: ArticleDocument, readings: SentenceReading[], directives: DirectiveMention[], signing: ReadonlySet<Sentence>) {
  const lead = readings.filter((r) => r.isLead).map((r) => r.sentence);
  for (const s of lead) {
    // "Ngày 28/2, Chủ tịch UBND tỉnh đã ký quyết định bổ nhiệm ...": the day a document was signed dates no meeting.
    if (signing.has(s)) continue;
    // "thời hạn bổ nhiệm 5 năm, kể từ ngày 01/10/2022": the date a decision takes effect dates no meeting.
    const dates = findDates(doc.norm.text, s.start, s.end).filter(
      (x) => !directives.some((m) => m.start <= x.start && x.start < m.end) && !EFFECTIVE_BEFORE.test(doc.norm.text.slice(Math.max(s.start, x.start - 12), x.start)),
    );
    const lunar = firstLunarDate(doc.norm.text, s.start, s.end);
    let d = dates.find((x) => x.introduced);
    // "Chiều 28 Tết, ...": the meeting is dated by the lunar calendar; a solar date right after it
    // ("(tức 15/2)") still dates it, a later one in the sentence is about something else.
    if (lunar >= 0 && (!d || d.start > lunar)) {
      d = dates.find((x) => x.start > lunar && x.start - lunar <= 30);
      if (!d) return { date: null, partOfDay: null };
    }
    if (!d) continue;
    const year = d.year ?? inferYear(d.month, d.day, yearHints(doc, readings));
    return { date: isoDate(year, d.month, d.day), partOfDay: d.partOfDay };
  }
  return { date: null, partOfDay: null };
}

/** What an article says about the year of dates written without one. */
export function yearHints(doc: ArticleDocument, readings: SentenceReading[]): YearHints {
  return {
    published: doc.datelineDate ?? doc.meta.publishedAt ?? null,
    publishedMonth: doc.datelineMonth,
    text: readings.map((r) => doc.norm.text.slice(r.sentence.start, r.sentence.end)).join('\n'),
  };
}

function directiveFacts(doc: ArticleDocument, directives: DirectiveMention[], readings: SentenceReading[], ctx: ArticleContext, lex: LexiconIndex): DirectiveFact[] {
  const byNumber = new Map<string, DirectiveFact>();
  for (const d of directives) {
    if (byNumber.has(d.number)) continue;
    const s = readings.find((r) => r.sentence.start <= d.start && d.start < r.sentence.end)!.sentence;
    const issuerEntry = d.issuerId ? lex.bodyById.get(d.issuerId) : undefined;
    const issuer = issuerEntry ? organizationRef({ ...bodyOfEntry(issuerEntry), needsParent: false }, ctx) : null;
    byNumber.set(d.number, { kind: d.kind, number: d.number, issuer, issuerText: d.issuerText, date: d.date, title: d.title, evidence: evidenceOf(doc, s) });
  }
  return [...byNumber.values()];
}

function campaigns(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?:[Cc]uộc vận động|[Pp]hong trào)\s*[“"]([^”"]{5,160})[”"]/gu)) out.add(m[1].trim());
  return [...out];
}

export function assembleFacts(doc: ArticleDocument, readings: SentenceReading[], directives: DirectiveMention[], ctx: ArticleContext, lex: LexiconIndex): ArticleFacts {
  // People are told apart by their letters ("Hùng" is not "Hưng"); only the tone mark's place may vary.
  const authors = new Set(doc.authors.map(nameKey));
  const people = new Map<string, PersonFact & { key: string }>();
  const roles = new Map<string, { name: string; roles: Set<ParticipantRole>; chair: 'strong' | 'weak' | null; evidence: Evidence }>();
  let strongChair = false;

  for (const r of readings) {
    if (!r.names?.length) continue;
    const evidence = evidenceOf(doc, r.sentence);
    for (const n of r.names) {
      const key = nameKey(n.name);
      // The author's name in the text is an official only with a title ("Nguyễn Văn Hoán, Bí thư Đảng ủy").
      if (authors.has(key) && !n.positions.length) continue;
      const positions: PositionFact[] = [];
      for (const p of completeFromSiblings(n.positions, lex)) {
        if (!p.body) continue;
        const organization = organizationRef(p.body, ctx);
        if (organization) positions.push({ title: titleName(p), organization, status: p.status, evidence });
      }
      const hasRole = (r.roles ?? []).some((a) => a.name === n);
      // Someone with neither a title nor a part in the meeting is not shown to be an official.
      if (!positions.length && !hasRole && !people.has(key)) continue;
      const toks = r.sentence.tokens;
      const span = { start: doc.norm.toOriginal(toks[n.start].start), end: doc.norm.toOriginal(toks[n.end - 1].end) };
      const person = people.get(key) ?? { key, name: n.name, gender: null, positions: [], mentions: [] };
      person.gender ??= n.gender;
      person.mentions.push(span);
      const known = new Set(person.positions.map((q) => `${q.title}|${q.organization.name}`));
      for (const p of positions) if (!known.has(`${p.title}|${p.organization.name}`)) person.positions.push(p);
      people.set(key, person);
    }
    for (const a of r.roles ?? []) {
      const key = nameKey(a.name.name);
      if (authors.has(key) && !people.has(key)) continue;
      const entry = roles.get(key) ?? { name: a.name.name, roles: new Set<ParticipantRole>(), chair: null, evidence };
      if (a.role === 'CHAIRED') {
        if (!a.weak) {
          entry.chair = 'strong';
          strongChair = true;
        } else entry.chair ??= 'weak';
      } else entry.roles.add(a.role);
      roles.set(key, entry);
    }
  }

  const chairs: ParticipantFact[] = [];
  const participants: ParticipantFact[] = [];
  for (const [key, e] of roles) {
    if (!people.has(key)) continue;
    const isChair = e.chair === 'strong' || (e.chair === 'weak' && !strongChair);
    const list = [...e.roles];
    if (isChair) chairs.push({ name: e.name, roles: ['CHAIRED', ...list], evidence: e.evidence });
    else if (list.length || e.chair) participants.push({ name: e.name, roles: ['ATTENDED', ...list.filter((x) => x !== 'ATTENDED')], evidence: e.evidence });
  }

  const leadReadings = readings.filter((r) => r.isLead);
  const leadKinds = leadReadings.map((r) => r.meetingKinds);
  const kindMatch = leadKinds.map((ms) => ms.find((m) => m.values[0] !== DOCUMENT)).find(Boolean);
  const reportsDocument = leadKinds.some((ms) => ms.some((m) => m.values[0] === DOCUMENT));
  const signing = new Set(leadReadings.filter((_, i) => leadKinds[i].length && leadKinds[i].every((m) => m.values[0] === DOCUMENT)).map((r) => r.sentence));
  const { date, partOfDay } = meetingDate(doc, readings, directives, signing);
  const dirFacts = directiveFacts(doc, directives, readings, ctx, lex);
  const meetings: MeetingFact[] = [];
  if (chairs.length || participants.length || (kindMatch && date && !reportsDocument)) {
    const orgs = new Map<string, OrganizationRef>();
    // Bodies named in a document reference are its issuer, not a party to the meeting.
    const citesDocument = (r: SentenceReading) => directives.some((d) => d.start >= r.sentence.start && d.start < r.sentence.end);
    for (const r of leadReadings.filter((x) => !citesDocument(x)))
      for (const b of r.orgs ?? []) {
        const ref = organizationRef(b, ctx);
        if (ref) orgs.set(`${ref.name}|${ref.locality}`, ref);
      }
    const lead = leadReadings.find((r) => !r.sentence.isHeadline) ?? leadReadings[0];
    meetings.push({
      date,
      partOfDay,
      kind: kindMatch?.values[0] ?? null,
      title: doc.headline,
      chairs,
      participants,
      organizations: [...orgs.values()],
      directives: dirFacts.map((d) => d.number),
      evidence: lead ? evidenceOf(doc, lead.sentence) : null,
    });
  }

  const content = readings.map((r) => doc.norm.text.slice(r.sentence.start, r.sentence.end)).join('\n');
  return {
    file: doc.file,
    articleId: hash('sha256', content).slice(0, 24),
    title: doc.headline,
    publishedAt: doc.meta.publishedAt ?? doc.datelineDate,
    url: doc.meta.url ?? null,
    source: doc.meta.source ?? null,
    locality: { province: ctx.province, district: ctx.district },
    meetings,
    people: [...people.values()].map(({ key: _key, ...p }) => p),
    directives: dirFacts,
    events: [],
    authors: [...doc.authors],
    campaigns: campaigns(content),
  };
}
