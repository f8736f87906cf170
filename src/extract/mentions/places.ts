import type { Token } from '../common/tokens';
import type { LexiconIndex } from '../common/lexicon-index';
import type { ProvinceEntry } from '../../lexicon/schema';
import type { Level } from '../../model/facts';

// Places written after a level word or a body: provinces and known cities from the gazetteer, and
// districts and communes by their capitalised names.

/** Words that open the term of a council or committee: what precedes them is its place. */
const TERM_WORDS = new Set(['khóa', 'nhiệm']);

/** A run of capitalised words after a district-level word that the gazetteer does not know. */
export function capitalRun(tokens: Token[], i: number, max: number, lex: LexiconIndex): number {
  const isPart = (k: number) => k < tokens.length && tokens[k].isCap && !lex.titles.matchAt(tokens, k) && !lex.bodies.matchAt(tokens, k);
  let end = i;
  while (end - i < max + 4 && isPart(end)) end++;
  if (end === i) return 0;
  // A term written after the run makes it the name of a place, even one named after a person:
  // "HĐND phường Nguyễn Thị Minh Khai, khóa VII", "UBND phường Phùng Chí Kiên khóa V".
  if (end - i <= max + 1 && TERM_WORDS.has(tokens[tokens[end]?.text === ',' ? end + 1 : end]?.lower ?? '')) return end - i;
  // Three or four capitalised words that start with a family name are a person ("Chủ tịch HĐND phường
  // Võ Lê Nhật"), not a place and a two-word name.
  if (lex.surnames.has(tokens[i].lower) && end - i >= 3 && end - i <= 4) return 0;
  // A person's name may follow the place ("huyện Mường Tè Lò Văn Phương"): it starts at a family name
  // and is 2-4 words long, most often 3 ("thị xã Hoàng Mai Cao Văn Tiến": Mai and Cao are both family
  // names; the three-word name wins).
  let split = -1;
  for (let k = i + 1; k < end && k - i <= max; k++)
    if (lex.surnames.has(tokens[k].lower) && end - k >= 2 && end - k <= 4 && (split < 0 || end - k === 3)) split = k;
  let j = split > 0 ? split : Math.min(end, i + max);
  if (split < 0) {
    // Alone, a family name is part of the place ("Huyện ủy Mai Châu sơ kết").
    for (let k = i + 1; k < j; k++)
      if (lex.surnames.has(tokens[k].lower) && tokens[k + 1]?.isCap) {
        j = k;
        break;
      }
  }
  // Right after a district body, two capitalised words are its place ("Huyện ủy Cao Lộc") even when
  // the first is also a family name; three starting with a family name are a person, unless another
  // capitalised word follows ("Huyện ủy Cao Lộc Nông Văn Thắng": the place, then the person).
  if (lex.surnames.has(tokens[i].lower) && j - i >= 3 && !isPart(j)) return 0;
  return j - i;
}

export interface PlaceRead {
  end: number;
  name: string;
  province: ProvinceEntry | null;
  level: Level | 'city' | null;
}

export function readPlace(tokens: Token[], i: number, level: Level | 'city' | null, lex: LexiconIndex): PlaceRead | null {
  if (i >= tokens.length || !(tokens[i].isCap || tokens[i].isUpper)) return null;
  const text = (a: number, b: number) => tokens.slice(a, b).map((t) => t.text).join(' ');
  const pm = level === 'province' || level === 'city' || level === null ? (lex.provinces.matchAt(tokens, i) ?? (level === 'city' ? lex.cityProvinces.matchAt(tokens, i) : null)) : null;
  if (pm) {
    const p = pm.values[0];
    // "thành phố Thanh Hóa" is the city inside Thanh Hóa province; "thành phố Hà Nội" is the province.
    if (level === 'city' && p.kind === 'province') return { end: pm.end, name: p.name, province: p, level: 'district' };
    return { end: pm.end, name: p.name, province: p, level: 'province' };
  }
  // After "thành phố" or a committee without a level ("Thành ủy"), only a known city is a place:
  // "Chủ tịch HĐND thành phố Lương Nguyễn Minh Triết" names a person.
  if (level === 'city' || level === null) {
    const dm = lex.districts.matchAt(tokens, i);
    if (!dm) return null;
    const d = dm.values[0];
    return { end: dm.end, name: d.name, province: lex.provinceById.get(d.province) ?? null, level: 'district' };
  }
  if (level === 'district' || level === 'commune') {
    const n = capitalRun(tokens, i, 3, lex);
    if (n) return { end: i + n, name: text(i, i + n), province: null, level };
  }
  return null;
}

