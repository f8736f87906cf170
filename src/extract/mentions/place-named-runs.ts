import { wordUnit, type Unit } from './units';

// A commune or ward named after a hero ("xã Đào Hữu Cảnh", "phường Hoàng Văn Thụ") reads like a
// person: after a body with its level word ("Đảng ủy xã Đào Hữu Cảnh tổ chức ...") and again without
// it ("chi bộ trường Tiểu học “A” Đào Hữu Cảnh"). A capitalised run the article names as a place is
// that place, unless a title or an honorific makes it a person ("Bí thư Đảng ủy xã Lê Văn A").

const titledBy = (units: Unit[], k: number) => {
  const prev = units[k - 1];
  return prev?.kind === 'title' || prev?.kind === 'honorific' || (prev?.kind === 'body' && units[k - 2]?.kind === 'title');
};
const titleAfter = (units: Unit[], k: number) => units[k + 1]?.kind === 'title' || (units[k + 1]?.kind === 'sep' && units[k + 2]?.kind === 'title');

const CHAIN_SEPS = new Set([',', '-', '–', '—']);
const CHAIN_REACH = 16;
/**
 * "ông A - Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Đảng ủy phường Phan Đình Phùng": the chain before
 * the body already belongs to the name in front of it, so the run after the body's level word is its place.
 */
function chainOwnedBefore(units: Unit[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - CHAIN_REACH; j--) {
    const u = units[j];
    if (u.kind === 'title' || u.kind === 'body' || u.kind === 'place') continue;
    if (u.kind === 'sep' && CHAIN_SEPS.has(u.char)) {
      // Not "Chủ tịch UBND tỉnh A, Chủ tịch Ủy ban MTTQ tỉnh B": there every title comes before its name.
      if (units[j - 1]?.kind === 'name') return units[j + 1]?.kind === 'title' && !['title', 'body', 'place'].includes(units[j - 2]?.kind ?? '');
      continue;
    }
    return false;
  }
  return false;
}
// "Bí thư Đảng ủy phường Phan Đình Phùng, tỉnh Thái Nguyên": a run followed by its province is a place.
const provinceAfter = (units: Unit[], k: number) => {
  const next = units[k + 1]?.kind === 'sep' && (units[k + 1] as { char: string }).char === ',' ? units[k + 2] : undefined;
  return next?.kind === 'place' && next.level === 'province';
};
const personTitled = (units: Unit[], k: number) => titledBy(units, k) && !chainOwnedBefore(units, k) && !provinceAfter(units, k);

/** The places the article writes after a level word or a body: "xã X", "Đảng ủy phường X", "Đảng bộ xã X tổ chức". */
export function articlePlaceNames(sentences: Unit[][]): Set<string> {
  const out = new Set<string>();
  for (const units of sentences)
    units.forEach((u, k) => {
      const prev = units[k - 1];
      if (u.kind === 'place' && u.level !== 'province' && u.word) out.add(u.name);
      else if (u.kind === 'body' && u.body.place && u.body.level !== 'province') out.add(u.body.place);
      else if (u.kind === 'name' && prev?.kind === 'body' && prev.body.word && !prev.body.place && !personTitled(units, k) && !titleAfter(units, k)) out.add(u.name);
    });
  return out;
}

/** The sentence's units with every untitled name that is one of the article's places read as plain words. */
export function withoutPlaceNamedRuns(units: Unit[], places: ReadonlySet<string>): Unit[] {
  if (!places.size || !units.some((u) => u.kind === 'name' && places.has(u.name))) return units;
  const out: Unit[] = [];
  units.forEach((u, k) => {
    if (u.kind !== 'name' || !places.has(u.name) || personTitled(units, k) || titleAfter(units, k)) out.push(u);
    else for (let i = u.start; i < u.end; i++) out.push(wordUnit(i));
  });
  return out;
}
