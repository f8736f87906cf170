import type { ArticleFacts, EventFact, EventKind, OrganizationRef, PersonFact, PositionFact, TenureStatus } from '../../model/facts';
import type { ArticleDocument } from '../common/document';
import type { LexiconIndex } from '../common/lexicon-index';
import type { DirectiveMention } from '../mentions/directives';
import type { NameInChain, PositionMention } from '../resolve/chains';
import type { ArticleContext } from '../resolve/context';
import { completeFromSiblings, evidenceOf, organizationRef, ownsBoards, titleName, type SentenceReading } from '../assemble/facts';
import { isoDate } from '../mentions/dates';
import { fold, nameKey } from '../../text';
import { readPersonnel, type PersonnelReading } from './personnel';
import { completeChainLevels } from '../resolve/chain-levels';

// Personnel news over the whole article: the clauses of each sentence, then the facts they add.
// An event that confers a post makes it a current position of the person; one that ends a post
// (dismissed, retired) makes it a former one, unless the text dates the end after the article.

const CONFERS: ReadonlySet<EventKind> = new Set(['appointed', 'elected', 'transferred', 'assigned']);

/** The personnel clauses of every sentence; a list opening a sentence ("Đó là ông A, ...") completes the one before. */
export function readArticlePersonnel(readings: SentenceReading[], loose: PositionMention[][], text: string, directives: DirectiveMention[], lex: LexiconIndex): PersonnelReading[] {
  const kindInLine = new Map<number, EventKind>();
  const out = readings.map((r, i) => {
    const s = r.sentence;
    const p = readPersonnel(
      { tokens: s.tokens, units: r.units, names: r.names ?? [], loose: loose[i] ?? [], isHeadline: s.isHeadline, statesEvents: r.statesEvents, start: s.start, end: s.end },
      text,
      directives,
      lex,
      s.isHeadline ? null : (kindInLine.get(s.line) ?? null),
    );
    if (p.lastKind && !s.isHeadline) kindInLine.set(s.line, p.lastKind);
    return p;
  });
  for (let i = 1; i < out.length; i++) {
    const open = out[i - 1].open;
    if (!open || !out[i].opensList || out[i].events.length) continue;
    // The event stays with the sentence that names the post; its people are read from this one.
    out[i - 1].events.push({ ...open, persons: readings[i].names ?? [], personsIn: i });
    out[i].mentioned.push(...(readings[i].names ?? []));
  }
  return out;
}

/** The article's facts with its events, the people they name and the posts they confer or end. */
export function withEvents(facts: ArticleFacts, personnel: PersonnelReading[], doc: ArticleDocument, readings: SentenceReading[], ctx: ArticleContext, lex: LexiconIndex): ArticleFacts {
  if (!personnel.some((p) => p.events.length || p.mentioned.length || p.pastFrom >= 0)) return facts;
  const meetingDate = facts.meetings[0]?.date;
  const articleDate = facts.publishedAt ?? (meetingDate && /^\d{4}/.test(meetingDate) ? meetingDate : null);
  const articleYear = articleDate ? Number(articleDate.slice(0, 4)) : doc.datelineMonth ? Number(doc.datelineMonth.slice(0, 4)) : null;
  const authors = new Set(doc.authors.map((a) => fold(a)));
  const people: PersonFact[] = facts.people.map((p) => ({ ...p, positions: [...p.positions] }));
  const byKey = new Map(people.map((p) => [nameKey(p.name), p]));
  const events: EventFact[] = [];
  const seen = new Set<string>();
  const conferred: Conferred[] = [];

  const personOf = (n: NameInChain, r: SentenceReading): PersonFact | null => {
    if (authors.has(fold(n.name))) return null;
    const key = nameKey(n.name);
    let p = byKey.get(key);
    if (!p) {
      const toks = r.sentence.tokens;
      p = { name: n.name, gender: n.gender, positions: [], mentions: [{ start: doc.norm.toOriginal(toks[n.start].start), end: doc.norm.toOriginal(toks[n.end - 1].end) }] };
      byKey.set(key, p);
      people.push(p);
    }
    p.gender ??= n.gender;
    return p;
  };
  // Bodies left to context are completed as in a title chain, from the clause's other posts first,
  // then from the person's own titles ("thôi tham gia Ban Thường vụ" of the Bí thư Huyện ủy's committee).
  const refs = (posts: PositionMention[], chain: PositionMention[], joinsCommittee: boolean) => {
    // "làm Phó Bí thư, Chủ tịch UBND phường": the clause's bare party title takes its sibling's level.
    const done = completeFromSiblings([...completeChainLevels(posts, lex), ...chain], lex);
    const completed = done.slice(0, posts.length);
    const committee = joinsCommittee ? done.find((p) => ownsBoards(p.body))?.body : undefined;
    if (committee) completed.unshift({ title: lex.events.memberTitle, body: { ...committee, entry: committee.root, name: committee.rootName }, status: 'current', start: -1, end: -1 });
    return completed.flatMap((post) => {
      const organization = post.body ? organizationRef(post.body, ctx) : null;
      return organization ? [{ post, title: titleName(post), organization }] : [];
    });
  };

  // Body sentences first: a headline's "X làm Bí thư" must not name the kind of an event the body states.
  const order = readings.map((_, i) => i).sort((a, b) => Number(readings[a].sentence.isHeadline) - Number(readings[b].sentence.isHeadline));
  for (const i of order) {
    const r = readings[i];
    const p = personnel[i];
    const evidence = evidenceOf(doc, r.sentence);
    for (const n of p.mentioned) personOf(n, r);
    for (const e of p.events) {
      // "Năm 2015, ông X được bổ nhiệm ...": a past post, told as biography.
      if (e.statedYear !== null && (articleYear === null ? !e.effective?.year : e.statedYear < articleYear)) continue;
      if (e.openingYear !== null && articleYear !== null && e.openingYear < articleYear) continue;
      const effective = e.effective ? isoDate(e.effective.year ?? nearestYear(e.effective.month, e.effective.day, articleDate), e.effective.month, e.effective.day) : null;
      const ends = !CONFERS.has(e.kind);
      const stillHeld = ends && !!effective && !!articleDate && effective > articleDate;
      for (const n of e.persons) {
        const person = personOf(n, readings[e.personsIn ?? i]);
        if (!person) continue;
        // A retirement or dismissal that names no post ends the person's own ("ông X, Giám đốc Sở Y,
        // nghỉ hưu", "ông X, giám đốc Sở Y thôi chức").
        const posts = e.posts.length ? e.posts : (e.kind === 'retired' || e.kind === 'dismissed') && !e.postsUnread ? n.positions.filter((q) => q.status !== 'former') : [];
        for (const { post, title, organization } of refs(posts, e.posts.length || e.joinsCommittee ? [...completeChainLevels(e.nextPosts ?? [], lex), ...n.positions] : [], e.joinsCommittee)) {
          const key = `${nameKey(n.name)}|${fold(title)}|${organization.name}|${organization.locality}`;
          if (!e.holds && !seen.has(key)) {
            seen.add(key);
            events.push({
              kind: e.kind,
              person: person.name,
              title,
              organization,
              effective,
              decision: e.decision?.number ?? null,
              decidedBy: e.decidedBy ? organizationRef(e.decidedBy, ctx) : null,
              evidence,
            });
          }
          const status: TenureStatus = ends && !stillHeld ? 'former' : post.status === 'acting' ? 'acting' : 'current';
          setPosition(person, title, organization, status, ends, evidence);
          if (!ends && !e.holds && post.title.oneHolder) conferred.push({ person: nameKey(person.name), title, organization });
        }
      }
    }
    if (p.pastFrom >= 0) markBiography(r, p.pastFrom, byKey, evidence.span.start);
  }
  endOtherHolders(people, conferred);
  // People in the order the text first names them, as the rest of the facts are.
  people.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return { ...facts, people, events };
}

interface Conferred {
  person: string;
  title: string;
  organization: OrganizationRef;
}

/**
 * A post with one holder at a time, conferred on someone in the article, is no longer held by anyone
 * else the article gives it ("ông A, Chủ tịch HĐND xã khóa IX"), unless they too were given it (two
 * communes electing their chairs in one report).
 */
function endOtherHolders(people: PersonFact[], conferred: Conferred[]): void {
  // A provincial body written once without its place ("Trưởng Ban Quản lý Khu kinh tế tỉnh") is the
  // article's province's; a commune's may be any commune's.
  const samePlace = (a: OrganizationRef, b: OrganizationRef) => a.locality === b.locality || (a.level === 'province' && (!a.locality || !b.locality));
  const same = (q: PositionFact, c: Conferred) => q.title === c.title && q.organization.name === c.organization.name && samePlace(q.organization, c.organization);
  for (const p of people) {
    const key = nameKey(p.name);
    for (const q of p.positions) {
      if (q.status === 'former' || conferred.some((c) => c.person === key && same(q, c))) continue;
      if (conferred.some((c) => c.person !== key && same(q, c))) q.status = 'former';
    }
  }
}

function setPosition(person: PersonFact, title: string, organization: OrganizationRef, status: TenureStatus, ends: boolean, evidence: EventFact['evidence']): void {
  // "ông X, Bí thư Tỉnh ủy Ninh Bình, được điều động giữ chức Bí thư Tỉnh ủy Phú Thọ": another place is another post.
  const held = person.positions.find(
    (q) => q.title === title && q.organization.name === organization.name && (q.organization.locality === organization.locality || !q.organization.locality || !organization.locality),
  );
  if (!held) person.positions.push({ title, organization, status, evidence });
  else if (ends && status === 'former') held.status = 'former';
}

/** "Ông A từng giữ chức Bí thư Huyện ủy X, Chủ tịch UBND huyện X": posts named after the marker are past. */
function markBiography(r: SentenceReading, from: number, byKey: Map<string, PersonFact>, sentenceStart: number): void {
  for (const n of r.names ?? []) {
    if (n.chainStart < from) continue;
    for (const q of byKey.get(nameKey(n.name))?.positions ?? []) if (q.evidence.span.start === sentenceStart && q.status === 'current') q.status = 'former';
  }
}

/** The year closest to the article's date for a day written without one (effective dates may lie ahead). */
function nearestYear(month: number, day: number, articleDate: string | null): number | null {
  if (!articleDate) return null;
  const [y, m, d] = articleDate.split('-').map(Number);
  const at = (yy: number) => Math.abs(Date.UTC(yy, month - 1, day) - Date.UTC(y, (m || 1) - 1, d || 1));
  return [y - 1, y, y + 1].reduce((best, yy) => (at(yy) < at(best) ? yy : best), y);
}
