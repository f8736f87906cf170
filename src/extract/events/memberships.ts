import type { LexiconIndex } from '../common/lexicon-index';
import type { BodyMention, Unit } from '../mentions/units';
import type { PositionMention } from '../resolve/chains';
import type { PersonnelSentence } from './personnel';

const LIST_SEP = new Set([',', ';', 'và']);

/**
 * "tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy": membership of each body named. "Ban Chấp hành"
 * alone is the committee itself (a "Tỉnh ủy viên"): the committee of a body listed with it, or, when
 * none names it, of the clause's other posts (`committee`, completed where the posts are). `end` is the
 * token where the list stops, its separators included.
 */
export function memberships(from: number, to: number, s: PersonnelSentence, lex: LexiconIndex): { posts: PositionMention[]; committee: boolean; end: number } {
  const title = lex.events.memberTitle;
  const out: PositionMention[] = [];
  const bodies = s.units.filter((u): u is Extract<Unit, { kind: 'body' }> => u.kind === 'body' && u.start >= from && u.end <= to && !s.loose.some((p) => u.start >= p.start && u.end <= p.end));
  const words = s.tokens.map((t) => t.lower);
  let bch = -1;
  let i = from;
  // Only the list right after the word: "tham gia Ban Chấp hành, Ban Thường vụ Đảng ủy và giữ chức ...".
  while (i < to) {
    const body = bodies.find((b) => b.start === i);
    // "tham gia Ban Chấp hành Đảng bộ, Ban Thường vụ Thành ủy": the committee is named by the list's other bodies.
    if (body && body.body.bare && !body.body.place && body.body.entry.kind === 'party-committee') {
      bch = i;
      i = body.end;
    } else if (body) {
      out.push({ title, body: body.body, status: 'current', start: body.start, end: body.end });
      i = body.end;
    } else if (words[i] === 'ban' && words[i + 1] === 'chấp' && words[i + 2] === 'hành') {
      bch = i;
      i += 3;
    } else if (LIST_SEP.has(words[i]) && i > from) i++;
    else break;
  }
  const end = i;
  if (bch < 0) return { posts: out, committee: false, end };
  const root = out.find((p) => p.body && p.body.root.kind === 'party-committee' && !p.body.needsParent)?.body;
  if (!root) return { posts: out, committee: true, end };
  const committee: BodyMention = { ...root, entry: root.root, name: root.rootName, needsParent: false };
  return { posts: [{ title, body: committee, status: 'current', start: bch, end: bch + 3 }, ...out], committee: false, end };
}
