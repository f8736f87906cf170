import type { Token } from '../common/tokens';
import type { LexiconIndex } from '../common/lexicon-index';
import type { ProvinceEntry } from '../../lexicon/schema';
import type { Level } from '../../model/facts';

// Places written after a level word or a body: provinces and known cities from the gazetteer, and
// districts and communes by their capitalised names.

/** A run of capitalised words after a district-level word that the gazetteer does not know. */
export function capitalRun(tokens: Token[], i: number, max: number, lex: LexiconIndex): number {
  let j = i;
  // A family name after the first word starts a person's name when a given name follows ("huyện
  // Mường Tè Lò Văn Phương"); alone it is part of the place ("Huyện ủy Mai Châu sơ kết").
  const startsName = (k: number) => k > i && lex.surnames.has(tokens[k].lower) && k + 1 < tokens.length && tokens[k + 1].isCap;
  while (j < tokens.length && j - i < max && tokens[j].isCap && !startsName(j) && !lex.titles.matchAt(tokens, j) && !lex.bodies.matchAt(tokens, j)) j++;
  if (j === i) return 0;
  // Right after a district body, two capitalised words are its place ("Huyện ủy Cao Lộc") even when
  // the first is also a family name; three starting with a family name are a person, unless another
  // capitalised word follows ("Huyện ủy Cao Lộc Nông Văn Thắng": the place, then the person).
  if (lex.surnames.has(tokens[i].lower) && j - i >= 3 && !(j < tokens.length && tokens[j].isCap)) return 0;
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

