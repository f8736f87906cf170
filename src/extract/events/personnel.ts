import type { Token } from '../common/tokens';
import type { EventCue, LexiconIndex } from '../common/lexicon-index';
import type { PhraseMatch } from '../common/phrase-matcher';
import type { BodyMention, Unit } from '../mentions/units';
import type { NameInChain, PositionMention } from '../resolve/chains';
import type { DirectiveMention } from '../mentions/directives';
import type { EventKind } from '../../model/facts';
import { findDates, monthYears, statedYears, type DateMention } from '../mentions/dates';
import { decisionOf, deciderOf, onlyDecision } from './decisions';
import { memberships } from './memberships';
import { clausePersons, handedTo } from './clause-persons';
import { triggerGroups, type Cue, type Group } from './triggers';

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
