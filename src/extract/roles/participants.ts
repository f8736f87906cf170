import type { Token } from '../common/tokens';
import type { LexiconIndex } from '../common/lexicon-index';
import type { PhraseMatch } from '../common/phrase-matcher';
import type { ParticipantRole } from '../../model/facts';
import type { NameInChain } from '../resolve/chains';

// Who did what at the meeting, from the words around each name: "X chủ trì", "Dự hội nghị có
// các đồng chí: X, Y", "Phát biểu kết luận, đồng chí X ...". Only people a cue puts at the
// meeting become participants; a name merely mentioned is not.

export interface RoleAssignment {
  name: NameInChain;
  role: ParticipantRole;
  weak: boolean;
  /** Token index of the cue word: whether the person stands before or after it. */
  cue: number;
}

/**
 * Words that open a list of the people a cue is about: "do Thường trực chủ trì, gồm các đồng chí: A; B",
 * "Chủ trì hội nghị: A, ...; đồng chí B, ...".
 */
const LIST_WORDS = new Set(['có', 'gồm', ':']);

/** A list word between the cue and the first name after it (within eight words). */
function opensList(tokens: Token[], from: number, firstName: number): boolean {
  for (let k = from; k < Math.min(from + 8, firstName); k++) if (LIST_WORDS.has(tokens[k].lower)) return true;
  return false;
}

// "Phát biểu kết luận tại hội nghị, đồng chí X ...": the cue fronted before its subject stands close to it;
// a name further on ("Tiếp xúc cử tri tại ... (số 25 Trần Phú)") is something else.
const FRONTED_REACH = 8;

const reportedIn = (onlyIn: string | undefined, kinds: ReadonlySet<string>) => !onlyIn || (onlyIn === 'meeting' ? kinds.size > 0 : kinds.has(onlyIn));

// "Trước đó (ngày 12/2), ông X đã trao quyết định ...": a sentence that opens on an earlier occasion
// says what people did then, not at the meeting reported.
const EARLIER = [['trước', 'đó'], ['trước', 'đây']];
const earlierOccasion = (tokens: Token[]) => EARLIER.some((w) => w.every((x, i) => tokens[i]?.lower === x));

/**
 * `kinds` are the kinds of meeting the article's lead names: a cue limited to one kind (`onlyIn`) says
 * nothing elsewhere ("Tổ trưởng là ..." lists a deputies' group only in a voter-meeting report).
 */
export function assignRoles(tokens: Token[], names: NameInChain[], lex: LexiconIndex, masked: (t: Token) => boolean, kinds: ReadonlySet<string> = new Set()): RoleAssignment[] {
  // Roles go to names only: most sentences name nobody, and scanning them for cues was wasted.
  if (!names.length || earlierOccasion(tokens)) return [];
  // NONE phrases only shadow the cue words inside them; a cue inside someone's title chain
  // ("Ủy viên dự khuyết") is not about the meeting.
  const found = lex.roles.scan(tokens);
  const dutyFrom = found.find((c) => c.values[0].duty)?.end ?? tokens.length;
  const cues = found
    .filter((c) => c.start < dutyFrom)
    .filter((c) => !tokens.slice(c.start, c.end).some(masked))
    .filter((c) => c.values[0].role !== 'NONE' && reportedIn(c.values[0].onlyIn, kinds))
    .filter((c) => !names.some((n) => c.start >= n.chainStart && c.end <= n.chainEnd));
  const out: RoleAssignment[] = [];
  cues.forEach((cue, ci) => {
    const entry = cue.values[0];
    const prevEnd = ci > 0 ? cues[ci - 1].end : 0;
    const nextStart = ci + 1 < cues.length ? cues[ci + 1].start : tokens.length;
    const before = names.filter((n) => n.chainEnd <= cue.start && n.start >= prevEnd);
    const after = names.filter((n) => n.start >= cue.end && n.end <= nextStart);
    let who: NameInChain[];
    if (entry.who === 'both') who = [...before, ...after];
    else if (entry.who === 'subject') who = before;
    else if (entry.who === 'before')
      // "Phát biểu kết luận, đồng chí X ..." names one person after the cue;
      // "Đồng chủ trì hội nghị có các đồng chí: A ...; B ..." lists several.
      who = before.length ? before : opensList(tokens, cue.end, after[0]?.start ?? tokens.length) ? after : after.slice(0, 1).filter((n) => n.chainStart - cue.end <= FRONTED_REACH);
    else who = after.length ? after : before;
    for (const n of who) out.push({ name: n, role: entry.role as ParticipantRole, weak: !!entry.weak, cue: cue.start });
  });
  return out;
}

/** The kinds of meeting the headline and lead name ("tiếp xúc cử tri" -> voter-meeting). */
export function leadMeetingKinds(readings: Array<{ isLead: boolean; meetingKinds: PhraseMatch<string>[] }>): Set<string> {
  // "document" (meetings.yaml) marks a lead that reports a document signed: no kind of meeting.
  return new Set(readings.filter((r) => r.isLead).flatMap((r) => r.meetingKinds.map((m) => m.values[0])).filter((k) => k !== 'document'));
}
