// Who a personnel clause is about: the people named right after its trigger, after "đối với", just
// before it, or those of the clause it is joined to; and whom a decision was handed to.
import type { Token } from '../common/tokens';
import type { LexiconIndex } from '../common/lexicon-index';
import type { Unit } from '../mentions/units';
import { isPhotoPlace, type NameInChain } from '../resolve/chains';
import { hasOpenSemicolon, type Cue, type Group } from './triggers';

const LIST_SEP = new Set([',', ';', 'và']);
/** How far after "trao quyết định" the words naming whom it is for may stand. */
const HANDOVER_REACH = 12;
// Between the trigger and the people it names: "bổ nhiệm các ông: A, B".
// "trao quyết định cho tân Bí thư Tỉnh ủy X": "tân" (newly appointed) opens the chain of the one it goes to.
const AFTER_GAP = new Set([':', 'các', 'cho', 'tân']);
// "các ông, bà A, B": the honorific of a whole list, not of its first name.
const HONORIFIC_PAIR = new Set(['ông', 'bà']);
const SUBJECT_SEP = new Set([',', '-', '–', '—']);
const UNREAD_CHAIN = 12;

/** What of a sentence and of the clause before these functions read. */
interface ClauseSentence {
  names: NameInChain[];
  tokens: Token[];
}
interface ClauseBefore {
  end: number;
  persons: NameInChain[];
}

/**
 * Who a clause is about: the people right after the trigger ("bầu ông X"), after "đối với", just
 * before it ("ông X được bầu"), or, for a clause joined to the one before ("thôi tham gia ... và
 * thôi giữ chức ..."), the people of that clause.
 */
export function clausePersons(
  g: Group,
  rEnd: number,
  against: Cue | undefined,
  replaced: Cue | undefined,
  previous: ClauseBefore | null,
  s: ClauseSentence,
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

/** Words between a trigger and its first person: "bổ nhiệm các ông: A, B", "chỉ định các ông, bà A, B". */
function onlyGap(between: Token[]): boolean {
  return between.every((t, k) => AFTER_GAP.has(t.lower) || (HONORIFIC_PAIR.has(t.lower) && between[k - 1]?.lower === 'các') || (t.text === ',' && HONORIFIC_PAIR.has(between[k - 1]?.lower ?? '')));
}

/** "bầu ông A, ...; ông B, ..." and "bổ nhiệm các ông: A, B": the people right after the trigger. */
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
 * The index after a term written at the end of a chain ("khóa XVI", "nhiệm kỳ 2021-2026") and the
 * bracket that may close it ("(Phó Bí thư Thành ủy khóa XVI), B (...)"), or `i` when none is there.
 */
function afterTerm(tokens: Token[], i: number, to: number): number {
  let j = i;
  if (tokens[j]?.lower === 'khóa' && j + 1 < to) j += 2;
  else if (tokens[j]?.lower === 'nhiệm' && tokens[j + 1]?.lower === 'kỳ') {
    j += 2;
    while (j < to && /^[\d–-]+$/.test(tokens[j].text)) j++;
  }
  if (j > i && tokens[j]?.text === ')') j++;
  return j;
}

/**
 * "ông A, Chánh Văn phòng UBND tỉnh và ông B, Giám đốc Sở Y đã được HĐND tỉnh bầu": the people just
 * before the trigger, with only auxiliary words, the deciding body, a term ("khóa IX", "nhiệm kỳ
 * 2021-2026") or a remark in brackets between. Before a passive "được", the rest of a title chain the
 * lexicon could not read ("ông X, Trưởng Ban Quản lý Khu kinh tế ... được điều động") may stand there too.
 */
export function subjectBefore(at: number, names: NameInChain[], tokens: Token[], unitAt: (Unit | undefined)[], isGapWord: boolean[]) {
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
    } else if (afterTerm(tokens, i, at) > i) i = afterTerm(tokens, i, at);
    else if (allowed(i)) i++;
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
    const between = tokens.slice(afterTerm(tokens, m.chainEnd, persons[0].chainStart), persons[0].chainStart);
    if (between.length && between.length <= 2 && between.every((t) => LIST_SEP.has(t.lower))) persons.unshift(m);
    else break;
  }
  return { persons, end: n.chainEnd };
}

/** "trao quyết định ... cho ông X": the people it was handed to. */
export function handedTo(handovers: Cue[], tokens: Token[], names: NameInChain[], lex: LexiconIndex): NameInChain[] {
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
