import type { Sentence } from '../common/document';
import type { Token } from '../common/tokens';
import type { NameInChain, PositionMention } from './chains';

// Personnel news sets a list out line by line under a heading that ends on a colon:
//   Các Ủy viên Ban Thường vụ Thành ủy khóa XVII, nhiệm kỳ 2025-2030 gồm các ông, bà:
//   - Ông Nguyễn Văn An (SN 1974, quê TP Huế)
//   - Bà Trần Thị Bình (SN 1972)
// Each line's person holds the heading's titles. A line is an item when it opens on its person right after
// a bullet or a number ("-", "•", "2.", "3)"); the list ends at the first line that does not. Lines
// without a mark are not read as items: the next paragraph may open on a person too.
// The same list written in one sentence is read by shared-titles.ts.

const BULLETS = new Set(['-', '–', '—', '+', '•', '*', '.', ')']);

export interface ListedReading {
  sentence: Sentence;
  names?: NameInChain[];
}

const isMark = (t: Token) => BULLETS.has(t.text) || /^\d{1,3}$/.test(t.text);

/** The person a line opens on after its bullet or number, when the line is a list item; `marked`: its mark was a sentence of its own. */
function itemPerson(r: ListedReading, marked: boolean): NameInChain | null {
  const first = r.names?.[0];
  if (!first) return null;
  // chainStart counts the sentence's tokens.
  const lead = r.sentence.tokens.slice(0, first.chainStart);
  return lead.every(isMark) && lead.length <= 2 && (marked || lead.length > 0) ? first : null;
}

/** Gives the people listed under each heading its titles; `titlesOf` reads a heading (empty when it heads no such list). */
export function shareHeadingTitles(readings: ListedReading[], titlesOf: (index: number) => PositionMention[]): void {
  for (let i = 0; i < readings.length; i++) {
    const heading = readings[i];
    if (heading.names?.length || heading.sentence.tokens.at(-1)?.text !== ':') continue;
    const titles = titlesOf(i);
    if (!titles.length) continue;
    let line = heading.sentence.line;
    for (let j = i + 1; j < readings.length; j++) {
      const r = readings[j];
      // The rest of an item's line ("- Ông A (SN 1974). Quê Huế.") belongs to that item.
      if (r.sentence.line === line) continue;
      // "2. Nguyễn Văn A": a number before a capital is a sentence of its own; its item is the next one.
      const marked = r.sentence.tokens.every(isMark) && readings[j + 1]?.sentence.line === r.sentence.line;
      const item = marked ? readings[++j] : r;
      const person = itemPerson(item, marked);
      if (!person) break;
      line = item.sentence.line;
      for (const t of titles) if (!person.positions.some((p) => p.title.id === t.title.id && p.body?.name === t.body?.name)) person.positions.push(t);
      i = j;
    }
  }
}
