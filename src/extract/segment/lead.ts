import type { Sentence } from '../common/document';

// The lead is the headline and the first sentences of the report: they name the meeting, its
// date and its hosts. Menus, section names and titles above it ("Xuất bản thông tin", "Chi tiết bài
// viết", "Danh mục") are lines, not sentences: they must not use up the lead.
const LEAD_SENTENCES = 3;
const ENDS_LIKE_PROSE = /[.!?…:;]["”’)\]]?\s*$/u;
const LONG_LINE = 150;

/** Whether a sentence reads as prose rather than a label: it ends like one, or its line is a paragraph. */
export function isProse(s: Sentence, text: string, lineLength: number): boolean {
  return ENDS_LIKE_PROSE.test(text.slice(s.start, s.end)) || lineLength >= LONG_LINE;
}

/** Index of the last lead sentence: the third prose sentence after the headline (or the last sentence). */
export function leadEnd(sentences: Sentence[], text: string, lineLength: (s: Sentence) => number): number {
  let prose = 0;
  for (const s of sentences) {
    if (s.isHeadline) continue;
    if (isProse(s, text, lineLength(s)) && ++prose === LEAD_SENTENCES) return s.index;
  }
  return sentences.length - 1;
}
