import type { Token } from '../common/tokens';
import type { LexiconIndex } from '../common/lexicon-index';
import type { TitleEntry } from '../../lexicon/schema';
import type { Gender, Level } from '../../model/facts';
import { readBody, impliedBodyAfter, type BodyMention } from './bodies';
import { readPlace } from './places';
import { readWrittenBody } from './written-bodies';
import { hasVowel } from '../../text';

// Reads one sentence's tokens into units: titles, bodies (composed with their level word, place
// and parent body), honorifics, places, names, separators. Token indexes are sentence-local.

export type { BodyMention };

export type Unit =
  | { kind: 'title'; start: number; end: number; entry: TitleEntry }
  | { kind: 'body'; start: number; end: number; body: BodyMention }
  | { kind: 'honorific'; start: number; end: number; gender?: Gender }
  | { kind: 'place'; start: number; end: number; name: string; level: Level | 'city' | null; word: string | null; province: string | null }
  | { kind: 'name'; start: number; end: number; name: string }
  | { kind: 'sep'; start: number; end: number; char: string }
  | { kind: 'word'; start: number; end: number };

/**
 * Every unit is made here, with the fields of all kinds in one order (those of other kinds left
 * undefined). The stages loop over units of seven kinds reading `kind`, `start` and `end`: objects of
 * seven shapes made each of those reads a megamorphic lookup, objects of one shape keep them fast.
 * (Positional, not an options object: options of seven shapes would bring the lookups back here.)
 */
function unit(
  kind: Unit['kind'],
  start: number,
  end: number,
  entry?: TitleEntry,
  body?: BodyMention,
  gender?: Gender,
  name?: string,
  level?: Level | 'city' | null,
  word?: string | null,
  province?: string | null,
  char?: string,
): Unit {
  return { kind, start, end, entry, body, gender, name, level, word, province, char } as Unit;
}
const _ = undefined;
export const wordUnit = (i: number) => unit('word', i, i + 1);
const sepUnit = (i: number, char: string) => unit('sep', i, i + 1, _, _, _, _, _, _, _, char);
const titleUnit = (start: number, end: number, entry: TitleEntry) => unit('title', start, end, entry);
const bodyUnit = (start: number, end: number, body: BodyMention) => unit('body', start, end, _, body);
const honorificUnit = (start: number, end: number, gender: Gender | undefined) => unit('honorific', start, end, _, _, gender);
const placeUnit = (start: number, end: number, name: string, level: Level | 'city' | null, word: string | null, province: string | null) =>
  unit('place', start, end, _, _, _, name, level, word, province);
export const nameUnit = (start: number, end: number, name: string) => unit('name', start, end, _, _, _, name);

const SEPARATORS = new Set([',', ';', '-', '–', '—', ':', '(', ')', '.', '/', '"', '“', '”', '…', '+']);

/** A title's last words may begin the body that follows: "Trưởng ban" + "Ban Dân vận". */
function sharedBody(tokens: Token[], title: TitleEntry, titleStart: number, titleEnd: number, lex: LexiconIndex) {
  if (!title.sharesHead) return null;
  for (let k = 1; k <= 2 && titleEnd - k > titleStart; k++) {
    const b = readBody(tokens, titleEnd - k, lex);
    if (b && b.end > titleEnd) return { start: titleEnd - k, ...b };
  }
  return null;
}

/**
 * The body a title is written with, when the next unit is not a lexicon body: the body the title shares
 * its last word with, the one it implies completed by a level word, or an unknown body as written.
 */
function bodyAfterTitle(tokens: Token[], title: TitleEntry, start: number, end: number, lex: LexiconIndex) {
  const shared = sharedBody(tokens, title, start, end, lex);
  if (shared) return shared;
  const implied = impliedBodyAfter(tokens, title, end, lex);
  if (implied) return { start: end, ...implied };
  if (!title.needsBody) return null;
  // "Trưởng Ban Quản lý Khu kinh tế ...": the title's last word begins the body, unless the body
  // repeats it ("Trưởng ban Ban Quản lý ...").
  const from = title.sharesHead && tokens[end]?.lower !== tokens[end - 1].lower ? end - 1 : end;
  const written = readWrittenBody(tokens, from, lex);
  return written ? { start: from, ...written } : null;
}

// Words that start a title, body, honorific or level word, as a table by word id (1: starts one):
// one lookup instead of four for the many words that start none.
const unitStarts = new WeakMap<LexiconIndex, Uint8Array>();
function unitStartWords(lex: LexiconIndex): Uint8Array {
  let table = unitStarts.get(lex);
  if (!table) {
    const ids = [lex.titles, lex.bodies, lex.honorifics, lex.levels].flatMap((m) => [...m.startWords()]);
    table = new Uint8Array(Math.max(0, ...ids) + 1);
    for (const id of ids) table[id] = 1;
    unitStarts.set(lex, table);
  }
  return table;
}

export function scanUnits(tokens: Token[], lex: LexiconIndex): Unit[] {
  const units: Unit[] = [];
  const starts = unitStartWords(lex);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t.isWord) {
      units.push(SEPARATORS.has(t.text) ? sepUnit(i, t.text) : wordUnit(i));
      i++;
      continue;
    }
    // Most words start no lexicon phrase: skip the lookups for them.
    if (!t.isCap && !t.isUpper && starts[t.id] !== 1) {
      units.push(wordUnit(i));
      i++;
      continue;
    }
    const title = lex.titles.matchAt(tokens, i);
    const body = readBody(tokens, i, lex);
    const hon = lex.honorifics.matchAt(tokens, i);
    const titleLen = title ? title.end - i : 0;
    const bodyLen = body ? body.end - i : 0;
    if (title && titleLen >= bodyLen) {
      const entry = title.values[0];
      units.push(titleUnit(i, title.end, entry));
      const after = bodyAfterTitle(tokens, entry, i, title.end, lex);
      if (after) units.push(bodyUnit(after.start, after.end, after.body));
      i = after?.end ?? title.end;
      continue;
    }
    if (body) {
      units.push(bodyUnit(i, body.end, body.body));
      i = body.end;
      continue;
    }
    if (hon) {
      units.push(honorificUnit(i, hon.end, hon.values[0].gender));
      i = hon.end;
      continue;
    }
    const lvl = lex.levels.matchAt(tokens, i);
    if (lvl) {
      const place = readPlace(tokens, lvl.end, lvl.values[0].level, lex);
      if (place) {
        units.push(placeUnit(i, place.end, place.name, place.level, lvl.values[0].word, place.province?.name ?? null));
        i = place.end;
        continue;
      }
    }
    if (t.isCap || t.isUpper) {
      const found = lex.provinces.matchAt(tokens, i);
      const pm = found && nameGoesOn(units, tokens, lex, found.end - i) ? null : found;
      if (pm) {
        units.push(placeUnit(i, pm.end, pm.values[0].name, 'province', null, pm.values[0].name));
        i = pm.end;
        continue;
      }
    }
    units.push(wordUnit(i));
    i++;
  }
  return findNames(units, tokens, lex);
}

/**
 * The capitalised words just read start with a family name, so a province name here ends a person's
 * name: "Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình", "bà Trần Thị Thanh Hóa".
 */
function nameGoesOn(units: Unit[], tokens: Token[], lex: LexiconIndex, placeWords: number): boolean {
  // A name has at most four words: "Lương Tam Quang Hưng Yên" is a name and then a place.
  for (let k = units.length - 1, n = 1; k >= 0 && n + placeWords <= 4; k--, n++) {
    const u = units[k];
    if (u.kind !== 'word' || !isNameWord(tokens[u.start], lex)) return false;
    if (lex.surnames.has(tokens[u.start].lower) && (k === 0 || units[k - 1].kind !== 'word' || !isNameWord(tokens[units[k - 1].start], lex))) return true;
  }
  return false;
}

// "bà Hà Th": a name cut short by the page, not a person called "Th".
const isNameWord = (t: Token, lex: LexiconIndex) => t.isWord && t.isCap && !lex.notNameWords.has(t.lower) && !/\p{N}/u.test(t.text) && hasVowel(t.lower);
const LOWER_MIDDLES = new Set(['văn', 'thị']);
const CUES_BEFORE_NAME = new Set<Unit['kind'] | undefined>(['title', 'body', 'honorific']);

/** Turns runs of capitalised words into names where the context says they are people. */
function findNames(units: Unit[], tokens: Token[], lex: LexiconIndex): Unit[] {
  const out: Unit[] = [];
  const wordAt = (k: number) => (units[k]?.kind === 'word' ? tokens[units[k].start] : null);
  // "Lê văn Đủ": a middle name the page left in lower case, between a family name and a given name.
  const lowerMiddle = (k: number, first: number) =>
    k === first + 1 && LOWER_MIDDLES.has(wordAt(k)?.lower ?? '') && lex.surnames.has(wordAt(first)?.lower ?? '') && !!wordAt(k + 1) && isNameWord(wordAt(k + 1)!, lex);
  for (let u = 0; u < units.length; ) {
    let v = u;
    while (v < units.length && units[v].kind === 'word' && (isNameWord(tokens[units[v].start], lex) || lowerMiddle(v, u))) v++;
    // "Đồng chí Bùi Thanh Nhân Bùi Thanh Nhân, Ủy viên ...": a name the page printed twice is read once.
    const half = (v - u) / 2;
    if (half >= 2 && Number.isInteger(half) && tokens.slice(units[u].start, units[u + half].start).every((t, k) => t.lower === tokens[units[u + half].start + k]?.lower)) {
      units = [...units.slice(0, u + half), ...units.slice(v)];
      v = u + half;
    }
    const len = v - u;
    // Five words only after a title or an honorific: "bà Huỳnh Ngọc Nữ Phương Hồng".
    if (len >= 2 && (len <= 4 || (len === 5 && CUES_BEFORE_NAME.has(out[out.length - 1]?.kind) && lex.surnames.has(tokens[units[u].start].lower)))) {
      const words = tokens.slice(units[u].start, units[v - 1].end).map((t) => (t.isCap || t.isUpper ? t.text : t.text[0].toUpperCase() + t.text.slice(1)));
      const name = words.join(' ');
      const prev = out[out.length - 1];
      const next = units[v];
      const next2 = units[v + 1];
      const titled = prev?.kind === 'title' || prev?.kind === 'body' || prev?.kind === 'honorific';
      const titleAfter = (next?.kind === 'sep' && /[,\-–—(]/.test(next.char) && next2?.kind === 'title') || next?.kind === 'title';
      const surname = lex.surnames.has(tokens[units[u].start].lower);
      const at = units[u].start;
      const said = [1, 2, 3].map((n) => tokens.slice(Math.max(0, at - n), at).map((t) => t.lower).join(' '));
      const privatePerson = said.some((w) => lex.privatePersons.has(w));
      // ... or an address: "số 51-53 Trịnh Đình Trọng" is a street.
      const namesake = said.some((w) => lex.namesakes.has(w)) || /^\d+$/.test(tokens[at - 1]?.text ?? '');
      const known = privatePerson || namesake || lex.notNames.has(name.toLowerCase()) || lex.notNameStarts.has(tokens[at].lower);
      // "gồm các ông, bà: Vũ Chiến Thắng, Cao Huy, Nguyễn Thị Hà": a two-word name in a list of names.
      const listed = surname && ((prev?.kind === 'sep' && prev.char === ',') || (prev?.kind === 'word' && tokens[prev.start].lower === 'và')) && out[out.length - 2]?.kind === 'name';
      // Only a title after it ("Tại Tổ Đại biểu số 1"): the run must start with a family name.
      if (!known && (titled || listed || (titleAfter && surname) || (surname && len >= 3))) {
        out.push(nameUnit(units[u].start, units[v - 1].end, name));
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
