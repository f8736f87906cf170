import type { Token } from '../common/tokens';
import type { LexiconIndex } from '../common/lexicon-index';
import type { TitleEntry, BodyEntry } from '../../lexicon/schema';
import type { Level } from '../../model/facts';
import { readPlace, type PlaceRead } from './places';

// Bodies at a token: the lexicon's name composed with its level word, place and parent body.

export interface BodyMention {
  entry: BodyEntry;
  /** Canonical name without place, composed with level word and parent ("Ban Dân vận Tỉnh ủy"). */
  name: string;
  level: Level | null;
  /** The level word written after the body or its root ("xã", "phường", "tỉnh"), if any. */
  word: string | null;
  /**
   * The root is a body that takes a level word and none was written ("Bí thư Đảng ủy, Chủ tịch HĐND xã"):
   * the word comes from the rest of the chain or from the article, and is appended to `name`.
   */
  bare: boolean;
  /** The place written after the body, if any ("An Giang", "Tân Uyên"). */
  place: string | null;
  placeProvince: string | null;
  /** A board written without its parent committee ("Ban Thường vụ"): the parent comes from context. */
  needsParent: boolean;
  /** The party committee or council this body hangs from, for completing siblings in a chain. */
  root: BodyEntry;
  rootLevel: Level | null;
  /** The root written as a parent ("Tỉnh ủy", "Hội đồng nhân dân tỉnh", "Trung ương"). */
  rootName: string;
}

export const asLevel = (l: Level | 'city' | null | undefined): Level | null => (l === 'city' ? null : (l ?? null));

/** Reads a body at token i with its level word, place and parent, or null. */
/** Whether one of `words` ("hội thi", "giải") is written at token `at`. */
function before(words: string[] | undefined, tokens: Token[], at: number): boolean {
  return !!words?.some((w) => w.split(' ').every((x, k) => tokens[at + k]?.lower === x));
}

export function readBody(tokens: Token[], i: number, lex: LexiconIndex, depth = 0): { end: number; body: BodyMention } | null {
  const m = lex.bodies.matchAt(tokens, i);
  if (!m || before(m.values[0].notBefore, tokens, m.end)) return null;
  let entry = m.values[0];
  let end = m.end;
  let name = entry.name;
  let level: Level | 'city' | null = entry.level ?? null;
  let word: string | null = null;
  if (entry.levelWord) {
    const lm = lex.levels.matchAt(tokens, end);
    if (lm) {
      word = lm.values[0].word;
      level = lm.values[0].level;
      end = lm.end;
      // "BCHQS tỉnh" is the province's Bộ Chỉ huy Quân sự, "BCHQS xã" the commune's Ban.
      const other = level !== 'city' && entry.atLevel?.[level] ? lex.bodyById.get(entry.atLevel[level]!) : undefined;
      if (other) entry = other;
      name = entry.levelWord ? `${entry.name} ${word}` : entry.name;
    }
  }
  let place: PlaceRead | null = null;
  if (entry.kind === 'party-committee' || entry.levelWord || entry.level === 'province') {
    if (entry.level !== 'central' && !(entry.levelWord && level === null)) place = readPlace(tokens, end, level, lex);
    else if (entry.levelWord && word === null) {
      // National papers drop the level word before a province: "Chủ tịch UBND Long An", "HĐND Hà Nội".
      // Only a province of the gazetteer completes the body; any other capitalised word may be a name.
      const pm = lex.provinces.matchAt(tokens, end);
      if (pm) {
        const p = pm.values[0];
        word = p.kind === 'city' ? 'thành phố' : 'tỉnh';
        level = 'province';
        name = `${entry.name} ${word}`;
        place = { end: pm.end, name: p.name, province: p, level: 'province' };
      }
    }
    if (place) end = place.end;
  }
  if (level === 'city') level = place?.level === 'province' ? 'province' : place ? 'district' : null;
  // "Thành ủy Vinh": a committee whose level the name leaves open takes the level of its place.
  if (level === null && place && !entry.levelWord) level = place.level;
  const bare = !!entry.levelWord && word === null;
  if (bare && !place && entry.kind === 'party-committee' && depth < 2) {
    const own = agencyCommittee(tokens, end, lex, depth);
    if (own) return own;
  }
  let body: BodyMention = {
    entry,
    name,
    level: asLevel(level),
    word,
    bare,
    place: place?.name ?? null,
    placeProvince: place?.province?.name ?? null,
    needsParent: !!entry.parents?.length,
    root: entry,
    rootLevel: asLevel(level),
    rootName: entry.asParent ?? name,
  };
  if (entry.parents?.length && depth < 2) {
    const parent = readBody(tokens, end, lex, depth + 1);
    const fits = (b: BodyMention) => entry.parents!.includes(b.entry.kind) || entry.parents!.includes(b.entry.id);
    if (parent && fits(parent.body)) {
      // "Văn phòng HĐND và UBND xã": one office of two bodies, the level written once after the second.
      const second = parent.body.bare && tokens[parent.end]?.lower === 'và' ? readBody(tokens, parent.end + 1, lex, depth + 1) : null;
      const joint = second && fits(second.body) && !second.body.bare && second.body.entry.id !== parent.body.entry.id ? second : null;
      body = {
        ...(joint ?? parent).body,
        entry,
        name: `${entry.name} ${parent.body.entry.asParent ?? parent.body.name}${joint ? ` và ${joint.body.name}` : ''}`,
        needsParent: false,
      };
      end = (joint ?? parent).end;
    } else if (entry.parents.every((k) => k === 'party-committee')) {
      const own = committeeOfLevel(tokens, end, lex);
      if (own) {
        body = { ...own.body, entry, name: `${entry.name} ${own.body.name}`, needsParent: false };
        end = own.end;
      }
    }
  }
  return { end, body };
}

/** "Trưởng Ban Tuyên giáo và Dân vận tỉnh": a party board written with its level word alone belongs to that level's committee. */
function committeeOfLevel(tokens: Token[], at: number, lex: LexiconIndex): { end: number; body: BodyMention } | null {
  const lm = tokens[at] && !tokens[at].isCap ? lex.levels.matchAt(tokens, at) : null;
  const committee = lm?.values[0].committee ? lex.bodyById.get(lm.values[0].committee) : undefined;
  if (!lm || !committee) return null;
  const written = lm.values[0].level;
  const place = readPlace(tokens, lm.end, written, lex);
  const level = asLevel(written === 'city' ? (place?.level === 'province' ? 'province' : place ? 'district' : null) : written);
  const body: BodyMention = {
    entry: committee,
    name: committee.name,
    level,
    word: null,
    bare: false,
    place: place?.name ?? null,
    placeProvince: place?.province?.name ?? null,
    needsParent: false,
    root: committee,
    rootLevel: level,
    rootName: committee.name,
  };
  return { end: place?.end ?? lm.end, body };
}

/** A body the title implies ("Trưởng Công an" -> Công an), completed by the level word and place after it. */
export function impliedBodyAfter(tokens: Token[], title: TitleEntry, end: number, lex: LexiconIndex): { end: number; body: BodyMention } | null {
  const implied = title.body ? lex.bodyById.get(title.body) : undefined;
  if (!implied?.levelWord) return null;
  const lm = lex.levels.matchAt(tokens, end);
  if (!lm) return null;
  const word = lm.values[0].word;
  const place = readPlace(tokens, lm.end, lm.values[0].level, lex);
  let level: Level | 'city' | null = lm.values[0].level;
  if (level === 'city') level = place?.level === 'province' ? 'province' : place ? 'district' : null;
  const name = `${implied.name} ${word}`;
  const body: BodyMention = {
    entry: implied,
    name,
    level: asLevel(level),
    word,
    bare: false,
    place: place?.name ?? null,
    placeProvince: place?.province?.name ?? null,
    needsParent: false,
    root: implied,
    rootLevel: asLevel(level),
    rootName: name,
  };
  return { end: place?.end ?? lm.end, body };
}

/** A body named by the lexicon alone, with nothing written around it (a title's implied body, a directive's issuer). */
export function bodyOfEntry(entry: BodyEntry): BodyMention {
  const level = entry.level ?? null;
  return {
    entry,
    name: entry.name,
    level,
    word: null,
    bare: !!entry.levelWord,
    place: null,
    placeProvince: null,
    needsParent: !!entry.parents?.length,
    root: entry,
    rootLevel: level,
    rootName: entry.asParent ?? entry.name,
  };
}

const COMMITTEE_OF: ReadonlySet<string> = new Set(['state-body', 'front', 'peoples-council', 'mass-organization']);

/**
 * "Bí thư Đảng ủy Sở Y tế", "Đảng ủy Cơ quan Ủy ban Trung ương MTTQ Việt Nam": the party committee of an
 * agency is a body of its own, named after the agency and placed where it is. Like "Đảng ủy UBND tỉnh"
 * (bodies.yaml), it is a sector's committee, never the article's committee.
 */
function agencyCommittee(tokens: Token[], at: number, lex: LexiconIndex, depth: number): { end: number; body: BodyMention } | null {
  const agency = tokens[at]?.lower === 'cơ' && tokens[at + 1]?.lower === 'quan' && tokens[at].isCap;
  const from = agency ? at + 2 : at;
  if (!tokens[from]?.isCap && !tokens[from]?.isUpper) return null;
  const inner = readBody(tokens, from, lex, depth + 1);
  if (!inner || !COMMITTEE_OF.has(inner.body.entry.kind) || inner.body.needsParent || inner.body.bare) return null;
  return { end: inner.end, body: committeeOf(inner.body, agency ? `${tokens[at].text} ${tokens[at + 1].text}` : null) };
}

/** The party committee of an agency or enterprise: "Đảng ủy" + its name ("Đảng ủy Cơ quan" + ...). */
// An enterprise's party committee is the enterprise's, not its board's: "Bí thư Đảng ủy, Chủ tịch Hội đồng
// thành viên Tập đoàn X" is the secretary of "Đảng ủy Tập đoàn X".
const BOARD_OF = /^(?:Hội đồng thành viên|Hội đồng quản trị|Ban Giám đốc)\s+(?=\p{Lu})/iu;

export function committeeOf(agency: BodyMention, agencyWord: string | null = null): BodyMention {
  const name = `Đảng ủy ${agencyWord ? `${agencyWord} ` : ''}${agency.name.replace(BOARD_OF, '')}`;
  const entry: BodyEntry = { id: 'as-written', name, variants: [], kind: 'party-committee', branch: 'party', sector: true };
  return { ...agency, entry, name, bare: false, needsParent: false, root: entry, rootName: name };
}
