import type { Token } from '../common/tokens';
import type { EventCue, LexiconIndex } from '../common/lexicon-index';
import type { PhraseMatch } from '../common/phrase-matcher';
import type { BodyMention, Unit } from '../mentions/units';
import { isPhotoPlace, type NameInChain, type PositionMention } from '../resolve/chains';
import type { DirectiveMention } from '../mentions/directives';
import type { EventKind } from '../../model/facts';
import { findDates, monthYears, statedYears, type DateMention } from '../mentions/dates';
import { decisionOf, deciderOf, onlyDecision } from './decisions';
import { memberships } from './memberships';

// Personnel clauses in one sentence: who was given or left which post, by whose decision, from when.
//   "ông A, Bí thư Đảng ủy xã được bầu giữ chức Chủ tịch HĐND xã"      (the person before the trigger)
//   "Bầu ông B, Chỉ huy trưởng Ban CHQS xã giữ chức Phó Chủ tịch UBND xã" (the person after it)
//   "miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông C"           (the person after "đối với")
//   "điều động, bổ nhiệm ông D giữ chức Giám đốc Sở Y kể từ ngày 1/10/2025, thay ông E"
// The words are in events.yaml. Token indexes are sentence-local, as in the other stages.

export interface PersonnelSentence {
  tokens: Token[];
  units: Unit[];
  names: NameInChain[];
  /** Positions no name claimed: the posts a clause confers or ends. */
  loose: PositionMention[];
  isHeadline: boolean;
  /** Whether the sentence has a word personnel news starts from (personnelWords). */
  statesEvents: boolean;
  /** Character offsets of the sentence in the normalized text. */
  start: number;
  end: number;
}

export interface EventMention {
  kind: EventKind;
  /** Token range of the trigger words ("điều động, bổ nhiệm"). */
  start: number;
  end: number;
  /** End of the clause (the next trigger or the sentence end): its words belong to the decision, not to what the people did. */
  clauseEnd: number;
  persons: NameInChain[];
  /** Index of the sentence the persons were read from, when not the event's own (a list that follows it). */
  personsIn?: number;
  /** Posts conferred or ended; empty for a retirement that names none (the person's own posts end). */
  posts: PositionMention[];
  /** "tham gia Ban Chấp hành, ...": membership of the committee the clause's other posts belong to. */
  joinsCommittee: boolean;
  /** A membership clause whose bodies could not be read: it names a post, but not one we know. */
  postsUnread: boolean;
  /** The posts of the same people's next clause in the sentence, where a committee joined or left is named. */
  nextPosts?: PositionMention[];
  /** "ông X hiện giữ chức Y": the posts are held now; no event is stated. */
  holds: boolean;
  /** "kể từ ngày 1/10/2025", or the date opening the sentence ("Ngày 16/11/2025, ông X được điều động"). */
  effective: DateMention | null;
  decision: DirectiveMention | null;
  decidedBy: BodyMention | null;
  /** The latest year written before the trigger in its clause ("Năm 2015, ông X được bổ nhiệm"), but the opening date's. */
  statedYear: number | null;
  /** The year of the date opening the sentence before the trigger ("Ngày 2/3/2026, UBND tỉnh bổ nhiệm ..."). */
  openingYear: number | null;
}

export interface PersonnelReading {
  events: EventMention[];
  /** People a clause names without an event of their own: the previous holder ("thay ông X"). */
  mentioned: NameInChain[];
  /** Token from which the sentence is a biography ("ông từng giữ chức ..."), or -1. */
  pastFrom: number;
  /** People handed a decision ("trao quyết định cho ông X"): they were there. */
  recipients: NameInChain[];
  /** A clause that names posts but nobody: the next sentence may list the people ("Đó là ông A, ..."). */
  open: EventMention | null;
  /** Whether the sentence opens with such a list. */
  opensList: boolean;
  /** Kind of the last event the sentence states (for "giữ chức" in the sentences after it). */
  lastKind: EventKind | null;
}

type Cue = PhraseMatch<EventCue> & { cue: EventCue };
interface Group {
  start: number;
  end: number;
  kind: EventKind;
  member: boolean;
  /** Only a weak trigger: "làm", "giữ chức" (events.yaml, weak: true). */
  weak: boolean;
  /** "hiện giữ chức": a post held, not an event. */
  holds: boolean;
}

const LIST_SEP = new Set([',', ';', 'và']);
/** How far after "trao quyết định" the words naming whom it is for may stand. */
const HANDOVER_REACH = 12;
const GROUP_SEP = new Set([',', 'và', '/', '-', '–']);
// Between the trigger and the people it names: "bổ nhiệm các ông: A, B".
// "trao quyết định cho tân Bí thư Tỉnh ủy X": "tân" (newly appointed) opens the chain of the one it goes to.
const AFTER_GAP = new Set([':', 'các', 'cho', 'tân']);
// "các ông, bà A, B": the honorific of a whole list, not of its first name.
const HONORIFIC_PAIR = new Set(['ông', 'bà']);
const SUBJECT_SEP = new Set([',', '-', '–', '—']);
const REASON_REACH = 3;
const UNREAD_CHAIN = 12;
const OPENING_DATE_REACH = 12;
const MEETING_WORDS = /(?<![\p{L}])(?:hội nghị|kỳ họp|phiên họp|cuộc họp|buổi làm việc|lễ công bố|đại hội)(?![\p{L}])/iu;

/** What one pass over a sentence's tokens tells the pipeline before personnel clauses are read. */
export interface PersonnelWords {
  /** A word personnel news starts from: a trigger, "từng", "trao quyết định". */
  states: boolean;
  /** Tokens of "chức vụ", "chức danh" (events.yaml connectors): they join a post to its clause and are never part of a title. */
  connectors: ReadonlySet<number>;
}
const NO_CONNECTORS: ReadonlySet<number> = new Set();

/** One pass per sentence; the pipeline keeps the answer for the stages that ask. */
export function personnelWords(tokens: Token[], lex: LexiconIndex): PersonnelWords {
  const { primary, connectors, firstWords } = lex.events;
  let states = false;
  let found: Set<number> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    // Ids past the table's end (words of a lexicon compiled later) start nothing here.
    const bits = firstWords[tokens[i].id];
    if (!bits) continue;
    if (bits & 1 && !states && primary.matchAt(tokens, i)) states = true;
    if (bits & 2) {
      const m = connectors.matchAt(tokens, i);
      if (m) {
        found ??= new Set();
        for (let k = m.start; k < m.end; k++) found.add(k);
      }
    }
  }
  return { states, connectors: found ?? NO_CONNECTORS };
}

/** `inherited`: the kind of an event stated earlier in the paragraph, which "giữ chức", "làm" take in the body. */
export function readPersonnel(s: PersonnelSentence, text: string, directives: DirectiveMention[], lex: LexiconIndex, inherited: EventKind | null = null): PersonnelReading {
  const { tokens, names } = s;
  const none: PersonnelReading = { events: [], mentioned: [], pastFrom: -1, recipients: [], open: null, opensList: false, lastKind: null };
  if ((!names.length && !s.loose.length) || (!s.isHeadline && !inherited && !s.statesEvents)) return none;
  const inChain = (i: number) => names.some((n) => i >= n.chainStart && i < n.chainEnd);
  const unitAt = unitIndex(s.units, tokens.length);
  // "Thành ủy nhiệm kỳ 2020-2025" is not "ủy nhiệm": a cue may not overlap a title, body or name.
  const inUnit = (c: PhraseMatch<EventCue>) => tokens.slice(c.start, c.end).some((_, k) => ['title', 'body', 'name', 'place'].includes(unitAt[c.start + k]?.kind ?? ''));
  const cues: Cue[] = lex.events.cues
    .scan(tokens)
    .filter((m) => m.values[0].type !== 'not' && !inChain(m.start) && !inUnit(m))
    .map((m) => ({ ...m, cue: m.values[0] }));
  const of = (type: EventCue['type']) => cues.filter((c) => c.cue.type === type);
  const pastFrom = of('past')[0]?.start ?? -1;
  const opensList = cues[0]?.cue.type === 'listOpener' && cues[0].start <= 2;
  const recipients = handedTo(of('handover'), tokens, names, lex);
  const groups = triggerGroups(cues, tokens, s.isHeadline, inherited);
  if (!groups.length) return { ...none, pastFrom, recipients, opensList };

  const isGapWord = coveredBy(of('gap'), tokens.length);
  const sentenceDates = findDates(text, s.start, s.end);
  // "Ngày 2/3/2026, UBND tỉnh bổ nhiệm ông X": the day that opens the sentence dates the act itself.
  const opening = sentenceDates[0]?.introduced && sentenceDates[0].start - s.start <= OPENING_DATE_REACH ? sentenceDates[0] : null;
  const charAt = (i: number) => (i < tokens.length ? tokens[i].start : s.end);
  const events: EventMention[] = [];
  const mentioned: NameInChain[] = [];
  let open: EventMention | null = null;
  let previous: EventMention | null = null;
  const unclaimed: EventMention[] = [];

  groups.forEach((g, gi) => {
    const clauseStart = gi > 0 ? groups[gi - 1].end : 0;
    const rEnd = gi + 1 < groups.length ? groups[gi + 1].start : tokens.length;
    if (pastFrom >= 0 && pastFrom < g.start) return;
    const proposal = cues.filter((c) => c.cue.type === 'prospective' && c.start >= clauseStart && c.end <= g.start).pop();
    if (proposal && !cues.some((c) => c.cue.type === 'completed' && c.start >= clauseStart && c.end <= g.start)) return;
    const inR = (c: Cue) => c.start >= g.end && c.start < rEnd;
    const against = cues.find((c) => c.cue.type === 'against' && inR(c));
    const replaced = cues.find((c) => c.cue.type === 'replaced' && inR(c));
    const reason = cues.find((c) => (c.cue.type === 'reason' || c.cue.type === 'stop') && inR(c));
    const postsEnd = Math.min(rEnd, against?.start ?? rEnd, replaced?.start ?? rEnd, reason?.start ?? rEnd);

    // "phân công X điều hành ... đến khi Bộ Chính trị phân công Bí thư mới": after a stop, a trigger
    // with nobody of its own is not about the people of the clause before.
    const prev = previous && !cues.some((c) => c.cue.type === 'stop' && c.start >= previous!.end && c.end <= g.start) ? previous : null;
    // "ông X tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư ...": a membership between the
    // subject and the trigger is part of the clause.
    const joinedBefore = g.member
      ? undefined
      : cues.find((c) => c.cue.type === 'membership' && c.start >= clauseStart && c.end < g.start && memberships(c.end, g.start, s, lex).end === g.start);
    const { persons, subjectEnd } = clausePersons(g, rEnd, against, replaced, prev, s, unitAt, isGapWord, joinedBefore?.start ?? g.start);
    if (replaced) mentioned.push(...names.filter((n) => n.chainStart >= replaced.end && n.chainStart < rEnd).slice(0, 1));

    // The posts end where someone else's clause begins ("ông A giữ chức Bí thư; ông B là Phó Bí thư").
    const lastPerson = persons.length ? Math.max(...persons.map((n) => n.chainEnd)) : g.end;
    const other = names.find((n) => !persons.includes(n) && n.chainStart >= Math.max(g.end, persons[0]?.chainStart ?? 0) && n.chainStart >= lastPerson && n.chainStart < postsEnd);
    const postsTo = other ? Math.min(postsEnd, other.chainStart) : postsEnd;
    const posts = s.loose.filter((p) => p.start >= g.end && p.end <= postsTo && p.status !== 'former');
    // A weak trigger ("làm", "giữ chức", "là") is followed by its post.
    if (g.weak && !posts.some((p) => p.start <= g.end + 1)) return;
    const joinFrom = g.member ? g.end : (cues.find((c) => c.cue.type === 'membership' && c.start >= g.end && c.start < postsTo)?.end ?? -1);
    const joined =
      joinFrom >= 0 ? memberships(joinFrom, postsTo, s, lex) : joinedBefore ? memberships(joinedBefore.end, g.start, s, lex) : { posts: [], committee: false, end: -1 };
    posts.push(...joined.posts);
    posts.sort((a, b) => a.start - b.start);

    const effectiveCue = cues.find((c) => c.cue.type === 'effective' && c.start >= g.start && c.start < rEnd);
    const effective = effectiveDate(g, effectiveCue, persons, sentenceDates, s, text, charAt);

    const decision =
      decisionOf(directives, lex, charAt(g.start), charAt(g.end), charAt(rEnd), s) ?? (of('decisionRef').some((c) => c.start < g.start) ? onlyDecision(directives, lex) : null);
    const mention: EventMention = {
      kind: g.kind,
      start: g.start,
      end: g.end,
      clauseEnd: rEnd,
      persons,
      posts,
      joinsCommittee: joined.committee,
      // "thôi tham gia Hội đồng X" with no body read: what was left is unknown, not every post held.
      postsUnread: g.member && !posts.length && !joined.committee,
      holds: g.holds,
      effective,
      decision,
      decidedBy: deciderOf(g.start, gi > 0 ? -1 : clauseStart, subjectEnd, s, unitAt, decision, lex),
      statedYear: latestYear(text.slice(Math.max(charAt(clauseStart), opening && opening.end <= charAt(g.start) ? opening.end : 0), charAt(g.start))),
      openingYear: opening && opening.end <= charAt(g.start) ? opening.year : null,
    };
    previous = mention;
    if (!persons.length) {
      if (posts.length && gi === groups.length - 1) open = mention;
      else if (posts.length && !g.holds) unclaimed.push(mention);
      return;
    }
    events.push(mention);
  });
  events.push(...sharedBySameKind(unclaimed, events, names));
  events.sort((a, b) => a.start - b.start);
  // "thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi giữ chức Bí thư Đảng ủy xã X": the committee
  // left is the one of the posts the same people leave next, not one of their own titles.
  for (const [k, e] of events.entries()) {
    const next = events.slice(k + 1).find((n) => n.persons.some((p) => e.persons.includes(p)));
    if (e.joinsCommittee && next) e.nextPosts = next.posts;
  }
  // The kind of the last trigger, even one that names nobody ("Bộ Chính trị chỉ định Ban Chấp hành ...").
  return { events, mentioned, pastFrom, recipients, open, opensList, lastKind: groups.filter((g) => !g.holds).pop()?.kind ?? null };
}

/**
 * "miễn nhiệm chức danh Chủ tịch HĐND phường; cho thôi làm nhiệm vụ đại biểu HĐND phường đối với bà X":
 * a clause that names nobody, followed by one of the same kind with nobody else named between them,
 * is about the people of that clause too.
 */
function sharedBySameKind(unclaimed: EventMention[], events: EventMention[], names: NameInChain[]): EventMention[] {
  return unclaimed.flatMap((u) => {
    const next = events.find((e) => e.start >= u.clauseEnd && e.kind === u.kind);
    if (!next || names.some((n) => n.chainStart >= u.end && n.chainStart < next.start)) return [];
    return [{ ...u, persons: next.persons, personsIn: next.personsIn }];
  });
}

/**
 * Who a clause is about: the people right after the trigger ("bầu ông X"), after "đối với", just
 * before it ("ông X được bầu"), or, for a clause joined to the one before ("thôi tham gia ... và
 * thôi giữ chức ..."), the people of that clause.
 */
function clausePersons(
  g: Group,
  rEnd: number,
  against: Cue | undefined,
  replaced: Cue | undefined,
  previous: EventMention | null,
  s: PersonnelSentence,
  unitAt: (Unit | undefined)[],
  isGapWord: boolean[],
  subjectAt: number,
): { persons: NameInChain[]; subjectEnd: number } {
  const { names, tokens } = s;
  const after = namesAfter(g.end, rEnd, names, tokens);
  if (after.length) return { persons: after, subjectEnd: -1 };
  if (against) {
    const to = Math.min(rEnd, replaced && replaced.start > against.end ? replaced.start : rEnd);
    const listed = names.filter((n) => n.chainStart >= against.end && n.chainStart < to);
    if (listed.length) return { persons: listed, subjectEnd: -1 };
  }
  const subject = subjectBefore(subjectAt, names, tokens, unitAt, isGapWord);
  if (subject.persons.length) return { persons: subject.persons, subjectEnd: subject.end };
  // "điều động ông X ... kể từ ngày 1/5; bổ nhiệm giữ chức ...": a clause that opens on its trigger
  // after a semicolon has no subject of its own.
  const opensOnTrigger = tokens[g.start - 1]?.text === ';' && !hasOpenSemicolon(tokens, previous?.end ?? 0, g.start - 1);
  // "điều động ông X, chain đến nhận công tác tại Sở Y và bổ nhiệm giữ chức vụ Giám đốc Sở Y": the names
  // between may be the clause's own people.
  const joined =
    previous &&
    !names.some((n) => !previous.persons.includes(n) && n.chainStart >= previous.end && n.chainStart < g.start) &&
    (opensOnTrigger || !hasOpenSemicolon(tokens, previous.end, g.start));
  return { persons: joined ? previous.persons : [], subjectEnd: -1 };
}

/**
 * From when: the date after "kể từ ngày", or the date opening a sentence about the person ("Ngày
 * 16/11/2025, ông X được điều động"), but not the date of a meeting that announces the decision.
 */
function effectiveDate(
  g: Group,
  cue: Cue | undefined,
  persons: NameInChain[],
  dates: DateMention[],
  s: PersonnelSentence,
  text: string,
  charAt: (i: number) => number,
): DateMention | null {
  // The date's own match may start at "ngày" of "kể từ ngày".
  if (cue) return dates.find((d) => d.start >= charAt(cue.start) && d.start <= charAt(cue.end) + 3) ?? null;
  const opening = dates[0];
  if (!opening?.introduced || opening.start - s.start > OPENING_DATE_REACH || !persons.length || persons[0].chainStart >= g.start) return null;
  const between = text.slice(opening.end, charAt(persons[0].chainStart));
  return /^[\s,]*$/.test(between) && !MEETING_WORDS.test(text.slice(s.start, charAt(g.start))) ? opening : null;
}

/** A ";" between two tokens that no bracket encloses: "chỉ định ông X (cán bộ Ban Tổ chức; nguyên Bí thư) tham gia ..." is one clause. */
function hasOpenSemicolon(tokens: Token[], from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i].text;
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    else if (t === ';' && depth === 0) return true;
  }
  return false;
}

/** Triggers written together ("điều động, phân công, bổ nhiệm") are one event named by the first. */
function triggerGroups(cues: Cue[], tokens: Token[], isHeadline: boolean, inherited: EventKind | null): Group[] {
  // "do nghỉ hưu" (the reason for another event) and "không điều động" (denied) state none of their own.
  const reasons = cues.filter((c) => c.cue.type === 'reason' || c.cue.type === 'negation');
  const gaps = cues.filter((c) => c.cue.type === 'gap');
  const groups: Group[] = [];
  let blockedEnd = -1;
  for (const c of cues) {
    if (c.cue.type !== 'trigger') continue;
    const last = groups[groups.length - 1];
    const strong = groups.filter((g) => !g.weak).pop();
    const afterSemicolon = !!last && hasOpenSemicolon(tokens, last.end, c.start);
    // "Bầu ông X giữ chức Y": after a trigger of its clause, "giữ chức" only leads to the post.
    if (c.cue.weak && last && !last.weak && !afterSemicolon) continue;
    // ... and after a denied one ("không điều động ông X làm Giám đốc"), it leads to no post at all.
    if (c.cue.weak && blockedEnd > (last?.end ?? -1) && !hasOpenSemicolon(tokens, blockedEnd, c.start)) continue;
    // A weak trigger ("giữ chức", "làm", "là") takes the kind of an event before it: in the sentence
    // ("được chỉ định giữ chức Bí thư; ông B làm Phó Bí thư"), in the paragraph, or a headline's
    // appointment. With none, it states a post held now ("Bà X giữ chức Bí thư Đảng ủy phường").
    const kindBefore = strong?.kind ?? inherited;
    const kind = c.cue.weak && !isHeadline ? (kindBefore ?? c.cue.kind) : c.cue.kind;
    const holds = !!c.cue.holds || (c.cue.weak && !isHeadline && !kindBefore);
    if (last && tokens.slice(last.end, c.start).every((t) => GROUP_SEP.has(t.lower))) {
      last.end = c.end;
      last.member = c.cue.member;
      last.weak &&= c.cue.weak;
      continue;
    }
    // "do nghỉ hưu", "do được điều động nhận nhiệm vụ mới": the reason for another event.
    const blockedByReason = reasons.some((r) => {
      if (r.end > c.start || c.start - r.end > REASON_REACH) return false;
      for (let i = r.end; i < c.start; i++) if (!gaps.some((g) => i >= g.start && i < g.end)) return false;
      return true;
    });
    // "không điều động, bổ nhiệm": the triggers written together with a blocked one are blocked too.
    const joinsBlocked = blockedEnd >= 0 && tokens.slice(blockedEnd, c.start).every((t) => GROUP_SEP.has(t.lower));
    if (blockedByReason || joinsBlocked) {
      blockedEnd = c.end;
      continue;
    }
    groups.push({ start: c.start, end: c.end, kind, member: c.cue.member, weak: c.cue.weak || !!c.cue.holds, holds });
  }
  return groups;
}

/** "bầu ông A, ...; ông B, ..." and "bổ nhiệm các ông: A, B": the people right after the trigger. */
/** Words between a trigger and its first person: "bổ nhiệm các ông: A, B", "chỉ định các ông, bà A, B". */
function onlyGap(between: Token[]): boolean {
  return between.every((t, k) => AFTER_GAP.has(t.lower) || (HONORIFIC_PAIR.has(t.lower) && between[k - 1]?.lower === 'các') || (t.text === ',' && HONORIFIC_PAIR.has(between[k - 1]?.lower ?? '')));
}

function namesAfter(from: number, to: number, names: NameInChain[], tokens: Token[]): NameInChain[] {
  const first = names.find((n) => n.chainStart >= from && n.chainStart < to && onlyGap(tokens.slice(from, n.chainStart)));
  if (!first) return [];
  const out = [first];
  for (const n of names) {
    const prev = out[out.length - 1];
    if (n.chainStart < prev.chainEnd || n.chainStart >= to || n === prev) continue;
    const between = withoutCaption(tokens.slice(prev.chainEnd, n.chainStart));
    if (between.length && between.length <= 2 && between.every((t) => LIST_SEP.has(t.lower))) out.push(n);
    else if (n.chainStart > prev.chainEnd) break;
  }
  return out;
}

/** "ông A (bìa phải) và ông B": the words after a caption's brackets. */
function withoutCaption(between: Token[]): Token[] {
  const close = between[0]?.text === '(' ? between.findIndex((t) => t.text === ')') : -1;
  return close > 0 && isPhotoPlace(between.slice(1, close).map((t) => t.lower)) ? between.slice(close + 1) : between;
}

/**
 * "ông A, Chánh Văn phòng UBND tỉnh và ông B, Giám đốc Sở Y đã được HĐND tỉnh bầu": the people just
 * before the trigger, with only auxiliary words, the deciding body, a term ("khóa IX", "nhiệm kỳ
 * 2021-2026") or a remark in brackets between. Before a passive "được", the rest of a title chain the
 * lexicon could not read ("ông X, Trưởng Ban Quản lý Khu kinh tế ... được điều động") may stand there too.
 */
function subjectBefore(at: number, names: NameInChain[], tokens: Token[], unitAt: (Unit | undefined)[], isGapWord: boolean[]) {
  const before = names.filter((n) => n.chainEnd <= at).sort((a, b) => b.chainEnd - a.chainEnd);
  const n = before[0];
  if (!n) return { persons: [], end: -1 };
  const allowed = (i: number) => isGapWord[i] || SUBJECT_SEP.has(tokens[i].text) || ['title', 'body', 'place'].includes(unitAt[i]?.kind ?? '');
  let i = n.chainEnd;
  while (i < at) {
    const t = tokens[i];
    if (t.text === '(') {
      const close = tokens.findIndex((x, k) => k > i && k < at && x.text === ')');
      if (close < 0) break;
      i = close + 1;
    } else if (t.lower === 'khóa' && i + 1 < at) i += 2;
    else if (t.lower === 'nhiệm' && tokens[i + 1]?.lower === 'kỳ') {
      i += 2;
      while (i < at && /^[\d–-]+$/.test(tokens[i].text)) i++;
    } else if (allowed(i)) i++;
    else break;
  }
  if (i < at) {
    // An unread end of the chain, then a passive "được": still the subject.
    const passive = tokens.slice(i, at).findIndex((t) => t.lower === 'được');
    const rest = passive < 0 ? [] : tokens.slice(i, i + passive);
    const continues = rest.length > 0 && (rest[0].isCap || rest[0].isUpper || /^[-–&]$/.test(rest[0].text));
    const unread = continues && rest.length <= UNREAD_CHAIN && rest.every((t, k) => !/[,;.:!?]/.test(t.text) && unitAt[i + k]?.kind !== 'name');
    if (passive < 0 || !unread || !tokens.slice(i + passive, at).every((_, k) => allowed(i + passive + k))) return { persons: [], end: -1 };
  }
  const persons = [n];
  for (const m of before.slice(1)) {
    const between = tokens.slice(m.chainEnd, persons[0].chainStart);
    if (between.length && between.length <= 2 && between.every((t) => LIST_SEP.has(t.lower))) persons.unshift(m);
    else break;
  }
  return { persons, end: n.chainEnd };
}

/** "trao quyết định ... cho ông X": the people it was handed to. */
function handedTo(handovers: Cue[], tokens: Token[], names: NameInChain[], lex: LexiconIndex): NameInChain[] {
  const out: NameInChain[] = [];
  for (const h of handovers)
    for (let i = h.end; i < Math.min(tokens.length, h.end + HANDOVER_REACH); i++) {
      const to = lex.events.handoverTo.matchAt(tokens, i);
      if (!to) continue;
      out.push(...namesAfter(to.end, tokens.length, names, tokens));
      break;
    }
  return out;
}

function latestYear(text: string): number | null {
  const years = [...statedYears(text), ...monthYears(text), ...findDates(text).flatMap((d) => (d.year ? [d.year] : []))];
  return years.length ? Math.max(...years) : null;
}

function unitIndex(units: Unit[], n: number): (Unit | undefined)[] {
  const at: (Unit | undefined)[] = new Array(n);
  for (const u of units) for (let i = u.start; i < u.end; i++) at[i] = u;
  return at;
}

function coveredBy(cues: Cue[], n: number): boolean[] {
  const at = new Array<boolean>(n).fill(false);
  for (const c of cues) for (let i = c.start; i < c.end; i++) at[i] = true;
  return at;
}
