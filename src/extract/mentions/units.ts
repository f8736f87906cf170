import type { Token } from '../common/tokens';
import type { LexiconIndex } from '../common/lexicon-index';
import type { TitleEntry, BodyEntry, ProvinceEntry } from '../../lexicon/schema';
import type { Gender, Level } from '../../model/facts';

// Reads one sentence's tokens into units: titles, bodies (composed with their level word, place
// and parent body), honorifics, places, names, separators. Token indexes are sentence-local.

export interface BodyMention {
  entry: BodyEntry;
  /** Canonical name without place, composed with level word and parent ("Ban Dân vận Tỉnh ủy"). */
  name: string;
  level: Level | null;
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

export type Unit =
  | { kind: 'title'; start: number; end: number; entry: TitleEntry }
  | { kind: 'body'; start: number; end: number; body: BodyMention }
  | { kind: 'honorific'; start: number; end: number; gender?: Gender }
  | { kind: 'place'; start: number; end: number; name: string; level: Level | 'city' | null; province: string | null }
  | { kind: 'name'; start: number; end: number; name: string }
  | { kind: 'sep'; start: number; end: number; char: string }
  | { kind: 'word'; start: number; end: number };

const SEPARATORS = new Set([',', ';', '-', '–', '—', ':', '(', ')', '.', '/', '"', '“', '”', '…', '+']);

/** A run of capitalised words after a district-level word that the gazetteer does not know. */
function capitalRun(tokens: Token[], i: number, max: number, lex: LexiconIndex): number {
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

interface PlaceRead {
  end: number;
  name: string;
  province: ProvinceEntry | null;
  level: Level | 'city' | null;
}

function readPlace(tokens: Token[], i: number, level: Level | 'city' | null, lex: LexiconIndex): PlaceRead | null {
  if (i >= tokens.length || !tokens[i].isCap) return null;
  const text = (a: number, b: number) => tokens.slice(a, b).map((t) => t.text).join(' ');
  const pm = lex.provinces.matchAt(tokens, i);
  if (pm && (level === 'province' || level === 'city' || level === null)) {
    const p = pm.values[0];
    // "thành phố Thanh Hóa" is the city inside Thanh Hóa province; "thành phố Hà Nội" is the province.
    if (level === 'city' && p.kind === 'province') return { end: pm.end, name: p.name, province: p, level: 'district' };
    return { end: pm.end, name: p.name, province: p, level: 'province' };
  }
  if (level === 'district' || level === 'city' || level === 'commune') {
    const dm = lex.districts.matchAt(tokens, i);
    if (dm && level !== 'commune') {
      const d = dm.values[0];
      return { end: dm.end, name: d.name, province: lex.provinceById.get(d.province) ?? null, level: 'district' };
    }
    const n = capitalRun(tokens, i, 3, lex);
    if (n) return { end: i + n, name: text(i, i + n), province: null, level: level === 'city' ? 'district' : level };
  }
  return null;
}

const asLevel = (l: Level | 'city' | null | undefined): Level | null => (l === 'city' ? null : (l ?? null));

/** Reads a body at token i with its level word, place and parent, or null. */
function readBody(tokens: Token[], i: number, lex: LexiconIndex, depth = 0): { end: number; body: BodyMention } | null {
  const m = lex.bodies.matchAt(tokens, i);
  if (!m) return null;
  const entry = m.values[0];
  let end = m.end;
  let name = entry.name;
  let level: Level | 'city' | null = entry.level ?? null;
  if (entry.levelWord) {
    const lm = lex.levels.matchAt(tokens, end);
    if (lm) {
      name = `${entry.name} ${lm.values[0].word}`;
      level = lm.values[0].level;
      end = lm.end;
    }
  }
  let place: PlaceRead | null = null;
  if (entry.kind === 'party-committee' || entry.levelWord || entry.level === 'province') {
    if (entry.level !== 'central' && !(entry.levelWord && level === null)) place = readPlace(tokens, end, level, lex);
    if (place) end = place.end;
  }
  if (level === 'city') level = place?.level === 'province' ? 'province' : place ? 'district' : null;
  let body: BodyMention = {
    entry,
    name,
    level: asLevel(level),
    place: place?.name ?? null,
    placeProvince: place?.province?.name ?? null,
    needsParent: !!entry.parents?.length,
    root: entry,
    rootLevel: asLevel(level),
    rootName: entry.asParent ?? name,
  };
  if (entry.parents?.length && depth < 2) {
    const parent = readBody(tokens, end, lex, depth + 1);
    if (parent && (entry.parents.includes(parent.body.entry.kind) || entry.parents.includes(parent.body.entry.id))) {
      body = {
        ...parent.body,
        entry,
        name: `${entry.name} ${parent.body.entry.asParent ?? parent.body.name}`,
        needsParent: false,
      };
      end = parent.end;
    }
  }
  return { end, body };
}

/** A title's last words may begin the body that follows: "Trưởng ban" + "Ban Dân vận". */
function sharedBody(tokens: Token[], title: TitleEntry, titleStart: number, titleEnd: number, lex: LexiconIndex) {
  if (!title.sharesHead) return null;
  for (let k = 1; k <= 2 && titleEnd - k > titleStart; k++) {
    const b = readBody(tokens, titleEnd - k, lex);
    if (b && b.end > titleEnd) return { start: titleEnd - k, ...b };
  }
  return null;
}

export function scanUnits(tokens: Token[], lex: LexiconIndex): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t.isWord) {
      units.push(SEPARATORS.has(t.text) ? { kind: 'sep', start: i, end: i + 1, char: t.text } : { kind: 'word', start: i, end: i + 1 });
      i++;
      continue;
    }
    // Most words start no lexicon phrase: skip the lookups for them.
    if (!t.isCap && !t.isUpper && !lex.titles.canStartWith(t.lower) && !lex.bodies.canStartWith(t.lower) && !lex.honorifics.canStartWith(t.lower) && !lex.levels.canStartWith(t.lower)) {
      units.push({ kind: 'word', start: i, end: i + 1 });
      i++;
      continue;
    }
    const title = lex.titles.matchAt(tokens, i);
    const body = readBody(tokens, i, lex);
    const hon = lex.honorifics.matchAt(tokens, i);
    const titleLen = title ? title.end - i : 0;
    const bodyLen = body ? body.end - i : 0;
    if (title && titleLen >= bodyLen) {
      units.push({ kind: 'title', start: i, end: title.end, entry: title.values[0] });
      const shared = sharedBody(tokens, title.values[0], i, title.end, lex);
      if (shared) {
        units.push({ kind: 'body', start: shared.start, end: shared.end, body: shared.body });
        i = shared.end;
      } else i = title.end;
      continue;
    }
    if (body) {
      units.push({ kind: 'body', start: i, end: body.end, body: body.body });
      i = body.end;
      continue;
    }
    if (hon) {
      units.push({ kind: 'honorific', start: i, end: hon.end, gender: hon.values[0].gender });
      i = hon.end;
      continue;
    }
    const lvl = lex.levels.matchAt(tokens, i);
    if (lvl) {
      const place = readPlace(tokens, lvl.end, lvl.values[0].level, lex);
      if (place) {
        units.push({ kind: 'place', start: i, end: place.end, name: place.name, level: place.level, province: place.province?.name ?? null });
        i = place.end;
        continue;
      }
    }
    if (t.isCap) {
      const pm = lex.provinces.matchAt(tokens, i);
      if (pm) {
        units.push({ kind: 'place', start: i, end: pm.end, name: pm.values[0].name, level: 'province', province: pm.values[0].name });
        i = pm.end;
        continue;
      }
    }
    units.push({ kind: 'word', start: i, end: i + 1 });
    i++;
  }
  return findNames(units, tokens, lex);
}

const isNameWord = (t: Token) => t.isWord && t.isCap && !/\p{N}/u.test(t.text);

/** Turns runs of capitalised words into names where the context says they are people. */
function findNames(units: Unit[], tokens: Token[], lex: LexiconIndex): Unit[] {
  const out: Unit[] = [];
  for (let u = 0; u < units.length; ) {
    let v = u;
    while (v < units.length && units[v].kind === 'word' && isNameWord(tokens[units[v].start])) v++;
    const len = v - u;
    if (len >= 2 && len <= 4) {
      const words = tokens.slice(units[u].start, units[v - 1].end).map((t) => t.text);
      const name = words.join(' ');
      const prev = out[out.length - 1];
      const next = units[v];
      const next2 = units[v + 1];
      const titled = prev?.kind === 'title' || prev?.kind === 'body' || prev?.kind === 'honorific';
      const titleAfter = (next?.kind === 'sep' && /[,\-–—(]/.test(next.char) && next2?.kind === 'title') || next?.kind === 'title';
      const surname = lex.surnames.has(tokens[units[u].start].lower);
      const known = lex.notNames.has(name.toLowerCase()) || lex.notNameStarts.has(tokens[units[u].start].lower);
      if (!known && (titled || titleAfter || (surname && len >= 3))) {
        out.push({ kind: 'name', start: units[u].start, end: units[v - 1].end, name });
        u = v;
        continue;
      }
    }
    if (len === 0) {
      out.push(units[u]);
      u++;
    } else {
      for (let k = u; k < v; k++) out.push(units[k]);
      u = v;
    }
  }
  return out;
}
