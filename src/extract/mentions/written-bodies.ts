import { hasVowel } from '../../text';
import type { Token } from '../common/tokens';
import type { LexiconIndex } from '../common/lexicon-index';
import type { BodyEntry } from '../../lexicon/schema';
import { readBody, asLevel, type BodyMention } from './bodies';
import { readPlace } from './places';

// A body the lexicon does not know, read as written after a title that needs one:
//   "Vụ trưởng Vụ Địa phương 1, ..."                 -> "Vụ Địa phương 1"
//   "Ủy viên Thường trực Ủy ban Xã hội của Quốc hội"   -> "Ủy ban Xã hội của Quốc hội"
//   "Phó Đồn trưởng Đồn Biên phòng Cửa khẩu Chi Ma; " -> "Đồn Biên phòng Cửa khẩu Chi Ma"
// It must begin with a word that only begins bodies (people.yaml notNameStarts) and end where the
// chain does: a separator, the next title, a person's name, a cue, a known parent body or a level
// word. When that end is unclear the title keeps no body: a missing fact beats a wrong one.

/** Grammar words that end a body's name ("... Khu công nghiệp được điều động"). */
const ENDS = new Set(['được', 'đã', 'là', 'sẽ', 'đang', 'tại', 'ở', 'cho', 'thay', 'làm', 'giữ', 'về', 'với', 'để', 'khi', 'trong', 'nhằm', 'theo', 'đối']);
/** Words that join the parts of a body's name but never end it. */
const JOINERS = new Set(['và', 'của', 'các']);
const MAX_TOKENS = 16;
/** After a described head ("Ban Quản lý dự án ..."), where the lower-case run is the name itself. */
const MAX_DESCRIBED_TOKENS = 24;
/** Heads whose second word may be a title: "Bộ Tư lệnh", "Ban Giám đốc". */
const TITLED_HEADS = new Set(['bộ', 'ban']);
const MAX_LOWER_RUN = 3;
const DASHES = new Set(['-', '–']);

const WRITTEN: Omit<BodyEntry, 'name'> = { id: 'as-written', variants: [], kind: 'state-body', branch: 'state' };

export function readWrittenBody(tokens: Token[], i: number, lex: LexiconIndex): { end: number; body: BodyMention } | null {
  const head = tokens[i];
  if (!head?.isCap || !lex.notNameStarts.has(head.lower) || lex.bodies.matchAt(tokens, i) || lex.titles.matchAt(tokens, i)) return null;
  // "Học viện Chính trị quốc gia Hồ Chí Minh": a run that is never a person's name goes on with the body.
  const neverName = (k: number) => [3, 2].some((n) => lex.notNames.has(tokens.slice(k, k + n).map((t) => t.lower).join(' ')));
  const startsName = (k: number) => lex.surnames.has(tokens[k].lower) && tokens[k].isCap && tokens[k + 1]?.isCap && !lex.notNameStarts.has(tokens[k + 1].lower) && !neverName(k);
  const isCue = (k: number) => lex.roles.matchAt(tokens, k)?.values.some((r) => r.role !== 'NONE') ?? false;
  const described = lex.describedHeads.some((h) => h.every((w, k) => tokens[i + k]?.lower === w));
  const maxTokens = described ? MAX_DESCRIBED_TOKENS : MAX_TOKENS;
  let j = i + 1;
  let lowerRun = 0;
  let parent: BodyMention | null = null;
  let word: string | null = null;
  let place: string | null = null;
  let placeProvince: string | null = null;
  let level: ReturnType<typeof asLevel> = null;
  let nameEnd = -1;
  let parentStart = -1;
  let written: string | null = null;
  const text = (a: number, b: number) => tokens.slice(a, b).map((t) => t.text).join(' ');
  while (j < tokens.length) {
    if (j - i >= maxTokens) return null;
    const t = tokens[j];
    // "Sở Tài nguyên – Môi trường": a dash between capitalised words of the name does not end it.
    if (DASHES.has(t.text) && tokens[j + 1]?.isCap && !lex.titles.matchAt(tokens, j + 1) && !lex.honorifics.matchAt(tokens, j + 1) && !startsName(j + 1)) {
      j++;
      continue;
    }
    // "Viện Pasteur TPHCM", "Hội đồng Đội TP.HCM": a province written after the name is its place.
    const province = (t.isCap || t.isUpper) && j > i + 1 ? lex.provinces.matchAt(tokens, j) : null;
    if (province) {
      nameEnd = j;
      place = province.values[0].name;
      placeProvince = place;
      level = 'province';
      j = province.end;
      break;
    }
    // "Bộ Tư lệnh Thủ đô", "Ban Giám đốc": a title right after the first word is part of the name.
    if (!t.isWord || ((j > i + 1 || !TITLED_HEADS.has(head.lower)) && lex.titles.matchAt(tokens, j)) || lex.honorifics.matchAt(tokens, j) || isCue(j) || ENDS.has(t.lower) || startsName(j)) break;
    // The parent is a capitalised body after at least one word of this one's own ("Ủy ban Kinh tế" is
    // not "Ủy" + "Ban Kinh tế").
    const known = (t.isCap || t.isUpper) && j > i + 1 ? readBody(tokens, j, lex) : null;
    if (known) {
      // "Ủy ban Kinh tế và Tài chính Quốc hội", "Chi bộ Sở Y tế": the known body is the parent.
      parent = known.body;
      parentStart = j;
      j = known.end;
      nameEnd = j;
      break;
    }
    // A level word in lower case or abbreviated ("Bộ Tư lệnh TP"); a capitalised "Tỉnh" may begin a name.
    const lvl = !t.isCap || t.isUpper ? lex.levels.matchAt(tokens, j) : null;
    if (lvl) {
      word = lvl.values[0].word;
      nameEnd = lvl.end;
      // "Bộ Tư lệnh TP" is "Bộ Tư lệnh thành phố": the level as the graph names it.
      if (t.isUpper) written = `${text(i, j)} ${word}`;
      const p = readPlace(tokens, lvl.end, lvl.values[0].level, lex);
      const l = lvl.values[0].level;
      level = asLevel(l === 'city' ? (p?.level === 'province' ? 'province' : p ? 'district' : null) : l);
      place = p?.name ?? null;
      placeProvince = p?.province?.name ?? null;
      j = p?.end ?? lvl.end;
      break;
    }
    if (t.isCap || t.isUpper || /\p{N}/u.test(t.text)) lowerRun = 0;
    else if (++lowerRun > MAX_LOWER_RUN && !described) return null;
    j++;
  }
  if (nameEnd < 0) {
    nameEnd = j;
    while (nameEnd > i + 1 && JOINERS.has(tokens[nameEnd - 1].lower)) nameEnd--;
  }
  // "Giám đốc Sở N" at the end of a page cut short: a single letter or a word with no vowel ends no name.
  const last = tokens[nameEnd - 1];
  if ((last.isCap || last.isUpper) && (/^\p{L}$/u.test(last.text) || (!last.isUpper && !hasVowel(last.lower)))) return null;
  // A name beyond its first word ("Vụ Địa phương 1"), not a common noun ("Công ty cho biết").
  const own = tokens.slice(i + 1, parentStart >= 0 ? parentStart : nameEnd);
  if (nameEnd - i < 2 || !(parent || place || own.some((t) => t.isCap || t.isUpper || /\p{N}/u.test(t.text)))) return null;
  // "tân Ủy viên Ủy ban UBND tỉnh": words that only begin the parent's own name repeat it.
  if (parent && parent.entry.name.toLowerCase().startsWith(text(i, parentStart).toLowerCase())) return { end: j, body: parent };
  const name = parent ? `${text(i, parentStart)} ${parent.name}` : (written ?? text(i, nameEnd));
  const entry: BodyEntry = { ...WRITTEN, name };
  const body: BodyMention = {
    entry,
    name,
    level: parent?.level ?? level,
    word: parent?.word ?? word,
    bare: false,
    place: parent?.place ?? place,
    placeProvince: parent?.placeProvince ?? placeProvince,
    needsParent: false,
    root: entry,
    rootLevel: parent?.level ?? level,
    rootName: name,
  };
  return { end: j, body };
}
