import type { LexiconIndex } from '../common/lexicon-index';
import type { Gender } from '../../model/facts';
import type { Element, NameInChain, PositionMention } from './chains';

// A title written once for a list belongs to every name in it:
//   "các Phó Chủ tịch HĐND tỉnh: A, B"                    -> both Phó Chủ tịch of the council
//   "các Ủy viên Trung ương Đảng: A, Bộ trưởng ...; B, ..." -> both members of the Central Committee
//   "các đồng chí trong Ban Thường vụ Tỉnh ủy: A; B; C"   -> all three Ủy viên of the Standing Committee
//   "Tỉnh có 6 Phó Bí thư, gồm: A, Chủ tịch UBND tỉnh; B"  -> both Phó Bí thư
// Only after the plural "các" or a count, and only over items that begin with a name (or an honorific and a
// name): an item that begins with a title of its own ("...; Giám đốc Sở Y tế C") ends the list.

const MEMBER_TITLE = 'uy-vien';
const LIST_WORDS = new Set(['gồm', 'là']);
const LEAVING = new Set(['miễn nhiệm', 'bãi nhiệm', 'cách chức']);
const LEVEL_TAIL = new Set(['tỉnh', 'huyện', 'xã', 'phường']);

interface SharedTitle {
  pos: PositionMention;
  /** The rest of a chain of titles written for the list, each with its body. */
  also: PositionMention[];
  /** Index of the first element after the title (and its colon). */
  next: number;
  /** After a colon the list runs over ";" items with chains of their own; without one, over names only. */
  colon: boolean;
  /** "các ông: A, B": the gender the list's honorific gives the names that have none of their own. */
  gender: Gender | null;
}

/** "tại Sở Tài chính, 4 Phó giám đốc gồm: ...": the body named where the count is made ("<body> có" is chains.ts's withHostBodies). */
function withBodyBefore(title: Extract<Element, { kind: 'pos' }>, els: Element[], k: number, words: string[]): Element {
  const org = els[k - 2]?.kind === 'org' ? (els[k - 2] as Extract<Element, { kind: 'org' }>) : null;
  const comma = els[k - 1]?.kind === 'sep' && (els[k - 1] as { char: string }).char === ',';
  const body = comma && words[els[k - 3]?.start ?? -1] === 'tại' ? org?.body : undefined;
  return body && !body.needsParent ? { ...title, pos: { ...title.pos, body } } : title;
}

function sharedTitleAt(els: Element[], k: number, lex: LexiconIndex, words: string[]): SharedTitle | null {
  const e = els[k];
  if (e.kind !== 'word' && e.kind !== 'honorific') return null;
  const plural = words[e.start] === 'các';
  // "Tỉnh có 6 Phó Bí thư, gồm: A, Chủ tịch UBND tỉnh; B; C": a count instead of "các", then the list.
  if (!plural && !/^\d+$/.test(words[e.start])) return null;
  const sep = (i: number) => (els[i]?.kind === 'sep' ? (els[i] as { char: string }).char : '');
  // "Các đồng chí Phó Bí thư Tỉnh ủy khóa XIX: A; B; C": the honorific of the list before its title.
  const at = plural && els[k + 1]?.kind === 'honorific' && els[k + 2]?.kind === 'pos' ? k + 1 : k;
  const found = els[at + 1];
  // "tại Sở Tài chính, 4 Phó giám đốc gồm: ...": the body written before the count is the title's.
  const a = found?.kind === 'pos' && !found.pos.body && !found.pos.title.partyTitle ? withBodyBefore(found, els, k, words) : found;
  // A party title needs no body here: the committee comes from the chain of each name.
  if (a?.kind === 'pos' && (a.pos.body || a.pos.title.partyTitle)) {
    let j = at + 2;
    // "các đồng chí Ủy viên Trung ương Đảng, Phó Thủ tướng Chính phủ: A, B, C": a chain of titles for the list.
    const also: PositionMention[] = [];
    for (let c = j; sep(c) === ',' && els[c + 1]?.kind === 'pos'; c += 2) {
      const next = els[c + 1] as Extract<Element, { kind: 'pos' }>;
      if (!next.pos.body) break;
      if (sep(c + 2) === ':') {
        for (let d = j + 1; d <= c + 1; d += 2) also.push((els[d] as Extract<Element, { kind: 'pos' }>).pos);
        j = c + 2;
        break;
      }
    }
    // The term of the committee before the colon or the list word ("khóa XIX", "khóa XVII, nhiệm kỳ 2025-2030").
    const wordAt = (i: number) => words[els[i]?.start ?? -1];
    let term = j;
    if (wordAt(term) === 'khóa' && els[term + 1]?.kind === 'word') term += 2;
    const termed = sep(term) === ',' && wordAt(term + 1) === 'nhiệm' ? term + 1 : term;
    if (wordAt(termed) === 'nhiệm' && wordAt(termed + 1) === 'kỳ') {
      term = termed + 2;
      while (els[term] && /^[\d–-]+$/.test(wordAt(term))) term++;
    }
    const listAfter = (i: number) => sep(i) === ':' || LIST_WORDS.has(wordAt(i)) || (sep(i) === ',' && LIST_WORDS.has(wordAt(i + 1)));
    if (term > j && listAfter(term)) j = term;
    if (sep(j) === ',' && els[j + 1]?.kind === 'word' && LIST_WORDS.has(words[els[j + 1].start])) j += 2;
    else if (els[j]?.kind === 'word' && LIST_WORDS.has(words[els[j].start])) j += 1;
    // "gồm các ông: A, B và bà C", "là các đồng chí A, B": the list's own honorific after its list word.
    let gender: Gender | null = null;
    if (j > at + 2 && words[els[j]?.start ?? -1] === 'các' && els[j + 1]?.kind === 'honorific') {
      gender = (els[j + 1] as { gender?: Gender }).gender ?? null;
      j += 2;
      // "các ông, bà": a pair says nothing of anyone's gender.
      while (sep(j) === ',' && els[j + 1]?.kind === 'honorific') {
        gender = null;
        j += 2;
      }
    }
    // "miễn nhiệm 2 Ủy viên UBND tỉnh là ông A và ông B": the post the list leaves.
    const pos = LEAVING.has(`${words[e.start - 2]} ${words[e.start - 1]}`) ? { ...a.pos, status: 'former' as const } : a.pos;
    if (sep(j) === ':') return { pos, also, next: j + 1, colon: true, gender };
    if (j > at + 2 && !also.length) return { pos, also, next: j, colon: true, gender };
    if (!plural || !a.pos.body) return null;
    // Without a colon the names follow the title directly: "các Phó Chủ tịch HĐND tỉnh A, B".
    return els[at + 2]?.kind === 'name' && els[at + 2].start === a.end ? { pos: a.pos, also: [], next: at + 2, colon: false, gender: null } : null;
  }
  const b = els[k + 2];
  if (a?.kind === 'word' && words[a.start] === 'trong' && b?.kind === 'org' && sep(k + 3) === ':') {
    const title = lex.data.titles.find((t) => t.id === MEMBER_TITLE)!;
    return { pos: { title, body: b.body, status: 'current', start: a.start, end: b.end }, also: [], next: k + 4, colon: true, gender: null };
  }
  return null;
}

export function shareListTitles(els: Element[], nameAt: Map<number, NameInChain>, lex: LexiconIndex, words: string[]): void {
  for (let k = 0; k < els.length; k++) {
    const shared = sharedTitleAt(els, k, lex, words);
    if (!shared) continue;
    const { pos, colon } = shared;
    let gender = shared.gender;
    // A "," goes on with a name's own chain ("A, Bộ trưởng Bộ Tư pháp") or to the next name; a ";" or
    // "và" starts the next item.
    let itemStart = true;
    const listed: NameInChain[] = [];
    const titleOfNextAt = (j: number) => els[j]?.kind === 'pos' && els[j + 1]?.kind === 'name' && els[j + 1].start === els[j].end;
    // "các đồng chí Bí thư Trung ương Đảng: Trưởng ban Tuyên giáo Trung ương A; Trưởng ban Dân vận Trung
    // ương B": when the first item writes its own title before the name, every item does.
    const titledItems = colon && titleOfNextAt(shared.next);
    for (let j = shared.next; j < els.length; j++) {
      const e = els[j];
      const titleOfNext = titleOfNextAt(j);
      if (titleOfNext && titledItems && itemStart) continue;
      if (e.kind === 'name') {
        const n = nameAt.get(j)!;
        if (n.gender === null && els[j - 1]?.kind !== 'honorific') n.gender = gender;
        listed.push(n);
        itemStart = false;
      } else if (e.kind === 'sep' && e.char === ';' && colon) itemStart = true;
      else if (e.kind === 'word' && words[e.start] === 'và') itemStart = true;
      // "các ông: A, B và bà C": the list's honorific speaks for the names before the next one only.
      else if (e.kind === 'honorific') gender = null;
      else if (e.kind === 'sep' && e.char === ',') continue;
      // "ông A (SN 1967), ông B (SN 1968)": a remark in brackets after a listed name.
      else if (e.kind === 'sep' && e.char === '(' && !itemStart) {
        const close = els.findIndex((x, i) => i > j && x.kind === 'sep' && (x as { char: string }).char === ')');
        if (close < 0) break;
        j = close;
      }
      // "... và các bà C, D": the next honorific of the list.
      else if (e.kind === 'word' && words[e.start] === 'các' && els[j + 1]?.kind === 'honorific') continue;
      // "ông A, Giám đốc Sở Nội vụ tỉnh và ông B, ...": a level word the item's own chain ends with.
      else if (e.kind === 'word' && LEVEL_TAIL.has(words[e.start]) && (els[j - 1]?.kind === 'pos' || els[j - 1]?.kind === 'org')) continue;
      else if ((e.kind === 'pos' || e.kind === 'org' || e.kind === 'place' || e.kind === 'sep') && colon && !itemStart && !titleOfNext) continue;
      else break;
    }
    const listPos = pos.body ? pos : withCommitteeOf(pos, listed, lex);
    for (const n of listed)
      for (const q of [listPos, ...shared.also]) if (!n.positions.some((p) => p.title.id === q.title.id && p.body?.name === q.body?.name)) n.positions.push(q);
    if (listed.length) k = shared.next;
  }
}

/**
 * The titles a heading gives every name of the list set out after its colon, one line each: "Các Ủy viên
 * Ban Thường vụ Thành ủy khóa XVII, nhiệm kỳ 2025-2030 gồm các ông, bà:" (listed-lines.ts). None when the
 * heading does not end on such a list's colon.
 */
export function headingTitles(els: Element[], lex: LexiconIndex, words: string[]): PositionMention[] {
  for (let k = 0; k < els.length; k++) {
    const shared = sharedTitleAt(els, k, lex, words);
    // A party title without its body takes the committee from the items' own chains, which a heading lacks.
    if (shared?.colon && shared.next === els.length && shared.pos.body) return [shared.pos, ...shared.also];
  }
  return [];
}

/**
 * A party title shared by a list ("6 Phó Bí thư, gồm: A, Chủ tịch UBND tỉnh; B; C") belongs to the
 * committee of the level its items' own posts name: the province's or the district's.
 */
function withCommitteeOf(pos: PositionMention, listed: NameInChain[], lex: LexiconIndex): PositionMention {
  const levelled = listed.flatMap((n) => n.positions).find((p) => p.body && !p.body.needsParent && (p.body.level === 'province' || p.body.level === 'district'))?.body;
  if (!levelled) return pos;
  const committee = lex.bodyById.get(levelled.level === 'province' ? 'tinh-uy' : 'huyen-uy')!;
  return { ...pos, body: { ...levelled, entry: committee, name: committee.name, root: committee, rootName: committee.name, rootLevel: levelled.level, needsParent: false, bare: false, word: null } };
}
