import type { LexiconIndex } from '../common/lexicon-index';
import type { Element, NameInChain, PositionMention } from './chains';

// A title written once for a list belongs to every name in it:
//   "các Phó Chủ tịch HĐND tỉnh: A, B"                    -> both Phó Chủ tịch of the council
//   "các Ủy viên Trung ương Đảng: A, Bộ trưởng ...; B, ..." -> both members of the Central Committee
//   "các đồng chí trong Ban Thường vụ Tỉnh ủy: A; B; C"   -> all three Ủy viên of the Standing Committee
// Only after the plural "các", and only over items that begin with a name (or an honorific and a
// name): an item that begins with a title of its own ("...; Giám đốc Sở Y tế C") ends the list.

const MEMBER_TITLE = 'uy-vien';

interface SharedTitle {
  pos: PositionMention;
  /** Index of the first element after the title (and its colon). */
  next: number;
  /** After a colon the list runs over ";" items with chains of their own; without one, over names only. */
  colon: boolean;
}

function sharedTitleAt(els: Element[], k: number, lex: LexiconIndex, words: string[]): SharedTitle | null {
  const e = els[k];
  if ((e.kind !== 'word' && e.kind !== 'honorific') || words[e.start] !== 'các') return null;
  const sep = (i: number) => (els[i]?.kind === 'sep' ? (els[i] as { char: string }).char : '');
  const a = els[k + 1];
  if (a?.kind === 'pos' && a.pos.body) {
    if (sep(k + 2) === ':') return { pos: a.pos, next: k + 3, colon: true };
    // Without a colon the names follow the title directly: "các Phó Chủ tịch HĐND tỉnh A, B".
    return els[k + 2]?.kind === 'name' && els[k + 2].start === a.end ? { pos: a.pos, next: k + 2, colon: false } : null;
  }
  const b = els[k + 2];
  if (a?.kind === 'word' && words[a.start] === 'trong' && b?.kind === 'org' && sep(k + 3) === ':') {
    const title = lex.data.titles.find((t) => t.id === MEMBER_TITLE)!;
    return { pos: { title, body: b.body, status: 'current', start: a.start, end: b.end }, next: k + 4, colon: true };
  }
  return null;
}

export function shareListTitles(els: Element[], nameAt: Map<number, NameInChain>, lex: LexiconIndex, words: string[]): void {
  for (let k = 0; k < els.length; k++) {
    const shared = sharedTitleAt(els, k, lex, words);
    if (!shared) continue;
    const { pos, colon } = shared;
    // A "," goes on with a name's own chain ("A, Bộ trưởng Bộ Tư pháp") or to the next name; a ";" or
    // "và" starts the next item.
    let itemStart = true;
    let named = 0;
    for (let j = shared.next; j < els.length; j++) {
      const e = els[j];
      const titleOfNext = e.kind === 'pos' && els[j + 1]?.kind === 'name' && els[j + 1].start === e.end;
      if (e.kind === 'name') {
        const n = nameAt.get(j)!;
        if (!n.positions.some((p) => p.title.id === pos.title.id && p.body?.name === pos.body?.name)) n.positions.push(pos);
        named++;
        itemStart = false;
      } else if (e.kind === 'sep' && e.char === ';' && colon) itemStart = true;
      else if (e.kind === 'word' && words[e.start] === 'và') itemStart = true;
      else if (e.kind === 'honorific' || (e.kind === 'sep' && e.char === ',')) continue;
      else if ((e.kind === 'pos' || e.kind === 'org' || e.kind === 'place' || e.kind === 'sep') && colon && !itemStart && !titleOfNext) continue;
      else break;
    }
    if (named) k = shared.next;
  }
}
