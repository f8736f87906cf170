// Personnel triggers in one sentence ("bầu", "bổ nhiệm", "giữ chức") and how they group: triggers
// written together are one event, a reason or a denial states none of its own (events.yaml).
import type { Token } from '../common/tokens';
import type { EventCue } from '../common/lexicon-index';
import type { PhraseMatch } from '../common/phrase-matcher';
import type { EventKind } from '../../model/facts';

export type Cue = PhraseMatch<EventCue> & { cue: EventCue };
export interface Group {
  start: number;
  end: number;
  kind: EventKind;
  member: boolean;
  /** Only a weak trigger: "làm", "giữ chức" (events.yaml, weak: true). */
  weak: boolean;
  /** "hiện giữ chức": a post held, not an event. */
  holds: boolean;
}

const GROUP_SEP = new Set([',', 'và', '/', '-', '–']);
const REASON_REACH = 3;

/** A ";" between two tokens that no bracket encloses: "chỉ định ông X (cán bộ Ban Tổ chức; nguyên Bí thư) tham gia ..." is one clause. */
export function hasOpenSemicolon(tokens: Token[], from: number, to: number): boolean {
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
export function triggerGroups(cues: Cue[], tokens: Token[], isHeadline: boolean, inherited: EventKind | null): Group[] {
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
