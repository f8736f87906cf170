import type { Unit, BodyMention } from '../mentions/units';
import { bodyOfEntry } from '../mentions/bodies';
import { completeChainLevels } from './chain-levels';
import { headingTitles, shareListTitles } from './shared-titles';
import type { TitleEntry } from '../../lexicon/schema';
import type { LexiconIndex } from '../common/lexicon-index';
import type { Gender, TenureStatus } from '../../model/facts';

// Title chains around names, in every order and separator:
//   "bà Lê Thị Thủy - Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy"   (titles after the name)
//   "Bí thư Tỉnh ủy Lê Hồng Quang"                               (titles before the name)
//   "Phạm Thị Thanh Thủy, Ủy viên Ban Thường vụ, Trưởng ban Dân vận Tỉnh ủy"

export interface PositionMention {
  title: TitleEntry;
  body: BodyMention | null;
  status: TenureStatus;
  start: number; // sentence-local token index
  end: number;
}

export interface NameInChain {
  name: string;
  start: number;
  end: number;
  gender: Gender | null;
  positions: PositionMention[];
  /** Start of the whole "honorific + titles + name + titles" stretch, for quoting and roles. */
  chainStart: number;
  chainEnd: number;
}

export type Element =
  | { kind: 'pos'; pos: PositionMention; start: number; end: number }
  | Exclude<Unit, { kind: 'title' } | { kind: 'body' }>
  | { kind: 'org'; body: BodyMention; start: number; end: number };

// "tân" (newly elected or appointed) keeps the chain going: "Chu Văn Thắng - tân Chủ tịch UBND xã".
const STATUS_WORDS: Record<string, TenureStatus> = { nguyên: 'former', quyền: 'acting', tân: 'current' };

const CONCURRENTLY = 'kiêm';

/**
 * "Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam": two offices joined by a tight dash
 * are both held in the body written after the second. A party title is left to its own rule
 * ("Phó Bí thư - Chủ tịch UBND phường" is the ward's party committee, not its People's Committee).
 */
function dashedTwinBody(units: Unit[], i: number, words: string[]): BodyMention | null {
  const u = units[i];
  if (u.kind !== 'title' || !u.entry.needsBody || u.entry.partyTitle || u.entry.body) return null;
  const dash = units[i + 1];
  const twin = units[i + 2];
  const body = units[i + 3];
  // "Phó Chủ tịch kiêm Tổng Thư ký ...": "kiêm" (concurrently) joins two offices as the dash does.
  const joins = (dash?.kind === 'sep' && /^[-–]$/.test(dash.char)) || (dash?.kind === 'word' && words[dash.start] === CONCURRENTLY);
  if (!joins || twin?.kind !== 'title' || twin.entry.partyTitle || twin.entry.body) return null;
  return body?.kind === 'body' && body.start <= twin.end ? body.body : null;
}

// "Bí thư Quận ủy quận 5 (cũ)", "Chủ tịch UBND huyện Cẩm Xuyên cũ": a unit abolished in 2025, so a post
// left. A numbered place ("quận 5") after the body belongs to it, and so does the "(cũ)" after that.
const LEVEL_WORDS = new Set(['quận', 'huyện', 'xã', 'phường']);
function trailingPlace(units: Unit[], i: number, words: string[]): { last: number; abolished: boolean } {
  const isWord = (k: number, test: (w: string) => boolean) => units[k]?.kind === 'word' && test(words[units[k].start]);
  let last = i;
  if (isWord(last + 1, (w) => LEVEL_WORDS.has(w)) && isWord(last + 2, (w) => /^\d+$/.test(w))) last += 2;
  const paren = units[last + 1]?.kind === 'sep' && (units[last + 1] as { char: string }).char === '(';
  const old = paren ? last + 2 : last + 1;
  if (!isWord(old, (w) => w === 'cũ')) return { last, abolished: false };
  const closes = paren && units[old + 1]?.kind === 'sep' && (units[old + 1] as { char: string }).char === ')';
  return { last: closes ? old + 1 : old, abolished: true };
}

// The words a photo caption puts in brackets after a name: "(trái)", "(thứ hai từ phải)", "(đứng giữa)".
const PHOTO_PLACE = new Set(['trái', 'phải', 'giữa', 'bên', 'bìa', 'đứng', 'thứ', 'từ', 'hai', 'ba', 'tư', 'năm', 'ngoài', 'cùng', 'hàng', 'đầu', 'sang']);
const PHOTO_SIDE = new Set(['trái', 'phải', 'giữa']);

/** "(bìa phải)", "(thứ hai từ trái)": the words inside a caption's brackets say where someone stands in the photo. */
export function isPhotoPlace(words: string[]): boolean {
  return words.length > 0 && words.length <= 6 && words.every((w) => PHOTO_PLACE.has(w) || /^\d+$/.test(w)) && words.some((w) => PHOTO_SIDE.has(w));
}

/** Index of the ")" closing a bracket of photo-place words opened at `open`, or -1. */
function photoPlaceEnd(units: Unit[], open: number, words: string[]): number {
  for (let k = open + 1; k < units.length && k <= open + 7; k++) {
    const u = units[k];
    if (u.kind === 'sep' && u.char === ')') return isPhotoPlace(units.slice(open + 1, k).map((w) => words[w.start])) ? k : -1;
    if (u.kind !== 'word') return -1;
  }
  return -1;
}

/** Joins each title with the body written right after it (or the one it implies). */
function toElements(units: Unit[], lex: LexiconIndex, words: string[]): Element[] {
  const out: Element[] = [];
  const markedFormer = new Set<Element>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    // "Ông Nguyễn Văn An, 55 tuổi, Chủ tịch UBND tỉnh": an age between the name and its chain.
    if (u.kind === 'sep' && u.char === ',' && units[i - 1]?.kind === 'name' && /^\d{2}$/.test(words[units[i + 1]?.start ?? -1] ?? '') && words[units[i + 2]?.start ?? -1] === 'tuổi' && units[i + 3]?.kind === 'sep') {
      i += 2;
      continue;
    }
    // "Ông Lê Quang Tùng (trái) - Bí thư Thành ủy": where a caption places someone in the photo.
    const placed = u.kind === 'sep' && u.char === '(' && units[i - 1]?.kind === 'name' ? photoPlaceEnd(units, i, words) : -1;
    if (placed > 0) {
      i = placed;
      continue;
    }
    if (u.kind === 'title') {
      const before = units[i - 1];
      const next = units[i + 1];
      let body: BodyMention | null = null;
      let end = u.end;
      if (next?.kind === 'body' && next.start <= u.end) {
        body = next.body;
        end = next.end;
        i++;
      } else body = dashedTwinBody(units, i, words);
      const implied = u.entry.body ? lex.bodyById.get(u.entry.body) : undefined;
      if (implied && body?.entry.id === implied.id) {
        // "Thủ tướng Chính phủ": the implied body is also written out.
      } else if (implied) {
        const own = bodyOfEntry(implied);
        if (body && own.needsParent && body.entry.kind === 'party-committee') {
          // "UVBTV Huyện ủy": the abbreviation's board hangs from the committee written after it.
          body = { ...body, entry: implied, name: `${implied.name} ${body.entry.asParent ?? body.name}`, needsParent: false };
        } else if (body) {
          // "TUV" followed by another body: the body belongs to a title we did not see; keep the implied one.
          out.push({ kind: 'pos', pos: { title: u.entry, body: own, status: 'current', start: u.start, end: u.end }, start: u.start, end: u.end });
          out.push({ kind: 'org', body, start: next.start, end });
          continue;
        } else body = own;
      }
      // "nguyên Bí thư" is a former post; the "Nguyên" of "Thái Nguyên Bộ trưởng ..." is a place's.
      const prevWord = before?.kind === 'word' && before.end === u.start ? words[u.start - 1] : '';
      // "nguyên Bí thư Đảng ủy, Chủ tịch HĐND phường": "nguyên" governs the titles listed after it, unless
      // the chain writes it before each former title ("nguyên Bí thư TW Đảng, nguyên Trưởng ban Dân vận
      // TW, Phó Chủ tịch ..."): then a title without it is held now.
      const commaBefore = (k: number) => out[k]?.kind === 'sep' && (out[k] as { char: string }).char === ',';
      const prevPos = out[out.length - 2];
      const listedAfterFormer = commaBefore(out.length - 1) && prevPos?.kind === 'pos' && prevPos.pos.status === 'former';
      const markedEach = listedAfterFormer && markedFormer.has(prevPos) && commaBefore(out.length - 3) && markedFormer.has(out[out.length - 4]);
      const place = body ? trailingPlace(units, i, words) : null;
      if (place && place.last > i) {
        end = units[place.last].end;
        i = place.last;
      }
      const status = STATUS_WORDS[prevWord] ?? (listedAfterFormer && !markedEach ? 'former' : place?.abolished ? 'former' : 'current');
      const el: Element = { kind: 'pos', pos: { title: u.entry, body, status, start: u.start, end }, start: u.start, end };
      if (prevWord === 'nguyên') markedFormer.add(el);
      out.push(el);
    } else if (u.kind === 'body') out.push({ kind: 'org', body: u.body, start: u.start, end: u.end });
    else if (u.kind === 'word' && units[i + 1]?.kind === 'title' && STATUS_WORDS[words[u.start]]) continue; // read with the title
    else out.push(u);
  }
  return withHostBodies(out, words);
}

/**
 * "lãnh đạo Bộ Nội vụ có Bộ trưởng A và 6 Thứ trưởng gồm: B, C": a title that needs a body and has none
 * is of the body the clause says has it ("<body> có"), until a ";" or another body.
 */
function withHostBodies(els: Element[], words: string[]): Element[] {
  let host: BodyMention | null = null;
  return els.map((e, k) => {
    if (e.kind === 'org') host = words[els[k + 1]?.start ?? -1] === 'có' && els[k + 1].kind === 'word' && !e.body.needsParent ? e.body : null;
    else if (e.kind === 'sep' && (e.char === ';' || e.char === '.')) host = null;
    else if (e.kind === 'pos' && e.pos.body) host = null;
    else if (e.kind === 'pos' && host && e.pos.title.needsBody && !e.pos.title.partyTitle) return { ...e, pos: { ...e.pos, body: host } };
    return e;
  });
}

// After a name, a chain goes on over "/" ("Phó Bí thư / Chủ tịch UBND phường") and over a ";" that
// the next title also ends ("A, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch HĐND tỉnh; B, ..."): a
// title after ";" followed by anything else heads a list of unnamed people ("...; Phó Chủ tịch
// Ủy ban MTTQ tỉnh, trưởng, phó phòng").
const CHAIN_SEP = /^[,;/\-–—(]$/;
// Words after which a title is a post conferred or named, not the chain of the name that follows.
const CONFERRING = new Set(['chức', 'vụ', 'danh', 'làm', 'là', 'thành', 'cử', 'nhiệm', 'thay']);

/** The positions of a sentence that names nobody ("Ban Chấp hành đã bầu bổ sung 4 Ủy viên Bộ Chính trị"). */
export function positionsIn(units: Unit[], lex: LexiconIndex, words: string[]): PositionMention[] {
  const out: PositionMention[] = [];
  for (const e of toElements(units, lex, words)) if (e.kind === 'pos') out.push(e.pos);
  return out;
}

// Loops rather than flatMap: flatMap allocates an array per element, and these run on every sentence.
function bodiesOf(units: Array<Unit | Element>): BodyMention[] {
  const out: BodyMention[] = [];
  for (const u of units) if (u.kind === 'body' || u.kind === 'org') out.push(u.body);
  return out;
}

/** The titles a heading that ends on a list's colon gives each person listed on the lines after it (shared-titles.ts). */
export function listHeadingTitles(units: Unit[], lex: LexiconIndex, words: string[]): PositionMention[] {
  return headingTitles(toElements(units, lex, words), lex, words);
}

/** `loose` are the positions no name claimed ("được bầu giữ chức Chủ tịch UBND xã"): personnel news reads them. */
export function resolveChains(units: Unit[], lex: LexiconIndex, words: string[]): { names: NameInChain[]; orgs: BodyMention[]; loose: PositionMention[] } {
  if (!units.some((u) => u.kind === 'name')) return { names: [], orgs: bodiesOf(units), loose: [] };
  const els = toElements(units, lex, words);
  const entryAt = new Map<number, NameInChain>();
  const claimed = new Set<number>();
  const names: NameInChain[] = [];
  const isPos = (k: number) => els[k]?.kind === 'pos';
  const sepAt = (k: number) => (els[k]?.kind === 'sep' ? (els[k] as { char: string }).char : '');
  const ownedByNextName = (k: number) => els[k + 1]?.kind === 'name' && els[k + 1].start === els[k].end;

  for (let k = 0; k < els.length; k++) {
    const e = els[k];
    if (e.kind !== 'name') continue;
    const entry: NameInChain = { name: e.name, start: e.start, end: e.end, gender: null, positions: [], chainStart: e.start, chainEnd: e.end };
    // Titles after the name.
    let j = k + 1;
    if (isPos(j) && els[j].start === e.end && !ownedByNextName(j)) {
      claimed.add(j);
      j++;
    }
    for (;;) {
      // "A, UVBTV phó Chủ tịch UBND phường": a title written right after another goes on with the chain.
      if (j > k + 1 && isPos(j) && isPos(j - 1) && els[j].start === els[j - 1].end && !ownedByNextName(j)) {
        claimed.add(j);
        j++;
        continue;
      }
      const joiner = (els[j]?.kind === 'sep' && CHAIN_SEP.test(sepAt(j)) && (sepAt(j) !== ';' || sepAt(j + 2) === ';')) || (els[j]?.kind === 'word' && words[els[j].start] === CONCURRENTLY);
      if (!(joiner && isPos(j + 1) && !ownedByNextName(j + 1))) break;
      claimed.add(j + 1);
      j += 2;
      if (els[j]?.kind === 'sep' && (els[j] as { char: string }).char === ')') j++;
    }
    for (let c = k + 1; c < j; c++) if (els[c].kind === 'pos') entry.positions.push((els[c] as { pos: PositionMention }).pos);
    if (j > k + 1) entry.chainEnd = els[j - 1].end;
    names.push(entry);
    entryAt.set(k, entry);
  }
  // Titles before the name, then an honorific.
  for (let k = 0; k < els.length; k++) {
    const e = els[k];
    if (e.kind !== 'name') continue;
    const entry = entryAt.get(k)!;
    const pre: PositionMention[] = [];
    let j = k - 1;
    // National papers put the chain first and the name in apposition after an honorific:
    // "Chủ tịch UBND Long An, ông Nguyễn Văn Út chủ trì", "Phó Chủ tịch UBND TP HCM ông Lê Văn Khoa".
    // A title already claimed by the name before it ("A, Bí thư Tỉnh ủy, ông B") is not taken.
    const gap = els[j]?.kind === 'honorific' ? (sepAt(j - 1) === ',' ? 2 : 1) : 0;
    // A post conferred ("được bầu giữ chức Chủ tịch UBND huyện, đồng chí B ...") belongs to the clause before;
    // a name with its own chain after it is not in apposition ("phân công của Trưởng Ban Tổ chức
    // Trung ương, đồng chí B, Phó Trưởng Ban Tổ chức Trung ương").
    const apposed =
      gap > 0 &&
      !entry.positions.length &&
      isPos(j - gap) &&
      !claimed.has(j - gap) &&
      (gap === 2 || els[j - 1].end === els[j].start) &&
      !CONFERRING.has(words[els[j - gap].start - 1] ?? '');
    if (apposed) j -= gap;
    if (isPos(j) && (apposed || els[j].end === e.start) && !claimed.has(j)) {
      pre.unshift((els[j] as { pos: PositionMention }).pos);
      claimed.add(j);
      j--;
      for (;;) {
        if (els[j]?.kind === 'sep' && /^[,\-–—]$/.test((els[j] as { char: string }).char) && isPos(j - 1) && !claimed.has(j - 1)) {
          pre.unshift((els[j - 1] as { pos: PositionMention }).pos);
          claimed.add(j - 1);
          j -= 2;
        } else if (isPos(j) && !claimed.has(j) && (els[j] as { pos: PositionMention }).pos.body && els[j].end === els[j + 1].start) {
          // "Phó Bí thư Thành ủy Chủ tịch Ủy ban MTTQ ... Nguyễn Phước Lộc": a comma the page dropped.
          pre.unshift((els[j] as { pos: PositionMention }).pos);
          claimed.add(j);
          j -= 1;
        } else break;
      }
    }
    if (pre.length) entry.chainStart = pre[0].start;
    entry.positions.unshift(...pre);
    const h = apposed ? k - 1 : j;
    const before = els[h];
    if (before?.kind === 'honorific') {
      // "các ông, bà A, B": a list's honorific pair says nothing of any one person's gender.
      const pair = els[h - 1]?.kind === 'sep' && els[h - 2]?.kind === 'honorific';
      entry.gender = pair ? null : (before.gender ?? null);
      entry.chainStart = Math.min(entry.chainStart, before.start);
    }
  }
  shareListTitles(els, entryAt, lex, words);
  for (const n of names) n.positions = completeChainLevels(n.positions, lex);
  const orgs = bodiesOf(els);
  const loose: PositionMention[] = [];
  els.forEach((e, k) => {
    if (e.kind === 'pos' && !claimed.has(k)) loose.push(e.pos);
  });
  return { names, orgs, loose };
}
