import type { LexiconIndex } from '../common/lexicon-index';
import type { BodyMention } from '../mentions/units';
import { bodyOfEntry, committeeOf } from '../mentions/bodies';
import type { PositionMention } from './chains';

// A chain names its level once, at the end: "Bí thư Đảng ủy, Chủ tịch HĐND xã",
// "Phó Bí thư, Chủ tịch UBND phường". The bare "Đảng ủy" and the bare party title take that level word
// (and place) from the nearest commune-level sibling, the following one first. A province- or
// district-level sibling says nothing here: "Phó Bí thư Đảng ủy, Giám đốc Công an tỉnh" is the
// police's own party committee, which the chain does not name.

const COMMITTEE = 'dang-uy';

function levelSibling(positions: PositionMention[], k: number, anyLevel: boolean): BodyMention | null {
  const ok = (p: PositionMention | undefined) => !!p?.body && !p.body.bare && (anyLevel || p.body.level === 'commune') && !!p.body.level && !!p.body.word;
  for (let d = 1; d < positions.length; d++) {
    if (ok(positions[k + d])) return positions[k + d].body;
    if (ok(positions[k - d])) return positions[k - d].body;
  }
  return null;
}

/** A bare body with the level word (and place) of a sibling: "Đảng ủy" + "xã Cẩm Thủy". */
export function withLevelOf(b: BodyMention, from: BodyMention): BodyMention {
  return {
    ...b,
    name: `${b.name} ${from.word}`,
    word: from.word,
    bare: false,
    level: from.level,
    rootLevel: from.level,
    rootName: `${b.rootName} ${from.word}`,
    place: b.place ?? from.place,
    placeProvince: b.placeProvince ?? from.placeProvince,
  };
}

// A chain names its place once, at the end, for all its bodies of that level: in "Phó Bí thư Tỉnh
// ủy, Chủ tịch UBND tỉnh Hà Tĩnh" the Tỉnh ủy is Hà Tĩnh's, whatever province the article is about.
function placeOfLaterSibling(positions: PositionMention[], k: number): BodyMention | null {
  const b = positions[k].body;
  if (!b || b.place || (b.level !== 'province' && b.level !== 'district')) return null;
  for (let j = k + 1; j < positions.length; j++) {
    const s = positions[j].body;
    if (s?.place && s.level === b.level) return s;
  }
  return null;
}

// "Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tập đoàn X", "Bí thư Đảng ủy, Chủ tịch UBND tỉnh": with no
// commune in the chain, a bare "Đảng ủy" beside the head of an agency, an enterprise or the People's
// Committee is that body's own committee. Beside anything else it is left unplaced, never the article's commune.
const AGENCIES: ReadonlySet<string> = new Set(['state-body', 'front', 'mass-organization']);

function ownCommittee(p: PositionMention, positions: PositionMention[], k: number, lex: LexiconIndex): PositionMention {
  const next = positions[k + 1]?.body;
  // A secretary's committee beside the head's post ("Ủy viên Ban Chấp hành Đảng bộ, Phó Chủ tịch UBND tỉnh" is
  // a member of the province's committee, not of the People's Committee's).
  const leads = p.title.partyTitle && positions[k + 1]?.title.oneHolder;
  if (leads && next && !next.bare && !next.needsParent && next.level !== 'commune') {
    // The lexicon names some bodies' committees (bodies.yaml `committee`): "Đảng ủy Công an tỉnh".
    const own = next.entry.committee ? lex.bodyById.get(next.entry.committee) : undefined;
    if (own && next.word) return { ...p, body: withLevelOf(bodyOfEntry(own), next) };
    if (AGENCIES.has(next.entry.kind)) return { ...p, body: committeeOf(next) };
  }
  if (!positions.some((q) => q.body && q.body !== p.body && q.body.level && q.body.level !== 'commune')) return p;
  // A sector's committee written bare is one organizationRef does not place (facts.ts).
  return { ...p, body: { ...p.body!, root: { ...p.body!.root, sector: true } } };
}

export function completeChainLevels(positions: PositionMention[], lex: LexiconIndex): PositionMention[] {
  if (positions.length < 2) return positions;
  return positions.map((p, k) => {
    const placed = placeOfLaterSibling(positions, k);
    if (placed) return { ...p, body: { ...p.body!, place: placed.place, placeProvince: placed.placeProvince } };
    const bare = p.body?.bare || (!p.body && p.title.partyTitle);
    if (!bare) return p;
    // A bare council, committee or front takes the level of any sibling ("Phó Chủ tịch Ủy ban MTTQ, Chủ tịch
    // Hội Nông dân tỉnh"); a bare party committee only a commune's (see above).
    const partyCommittee = !p.body || p.body.root.kind === 'party-committee';
    const sibling = levelSibling(positions, k, !partyCommittee);
    if (!sibling) return p.body && partyCommittee ? ownCommittee(p, positions, k, lex) : p;
    const body = p.body ?? bodyOfEntry(lex.bodyById.get(COMMITTEE)!);
    return { ...p, body: withLevelOf(body, sibling) };
  });
}
