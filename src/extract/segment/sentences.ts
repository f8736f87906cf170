import type { Line, Sentence } from '../common/document';
import { tokenize } from '../common/tokens';

// Sentences within content lines. A full stop ends a sentence only before a capital letter
// or a quote, and not after short abbreviations such as "TP." or "Q.". A run of marks is tried
// from its first mark only (the lookbehind): otherwise a long run ("......") is retried from every
// mark, each time to its end, and the cost grows with the square of its length.
// Sticky, and tried only where a mark is (found by MARKS): the lookbehind made the engine stop at
// every character.
const BOUNDARY = /(?<![.!?…])[.!?…]+["”’)]?(?=\s+["“(]?[\p{Lu}\d])/uy;
const MARKS = /[.!?…]/g;
const ABBREVIATIONS = new Set(['tp', 'q', 'p', 'ts', 'ths', 'pgs', 'gs', 'bs', 'th', 'tt', 'ks', 'ls', 'đ/c', 'st']);
// Scraped pages glue photo captions to the text with no space ("... đại hội.Đồng chí X, Bí thư ..."):
// a full stop between a lower-case word and a capitalised word also ends a sentence. Abbreviations
// ("TP.HCM", "Tp.Vinh", "P.Tân Định", "ThS.Nguyễn") have a capital before the stop and stay whole.
// Sticky, and tried only at full stops: a lookbehind tried at every character cost a tenth of extraction.
const GLUED_BOUNDARY = /(?<=(?:^|[\s,;:(])\p{Ll}{2,})\.(?=\p{Lu}\p{Ll})/uy;

export function segmentSentences(text: string, lines: Line[], headlineText: string | null): Sentence[] {
  const out: Sentence[] = [];
  lines.forEach((line, li) => {
    if (line.kind !== 'content') return;
    const isHeadline = headlineText !== null && line.text === headlineText && !out.length;
    let from = line.start;
    const cut = (to: number) => {
      const tokens = tokenize(text, from, to);
      if (tokens.length) out.push({ index: out.length, start: tokens[0].start, end: to, tokens, line: li, isHeadline });
      from = to;
    };
    const ends: number[] = [];
    MARKS.lastIndex = 0;
    for (let mark = MARKS.exec(line.text); mark; mark = MARKS.exec(line.text)) {
      BOUNDARY.lastIndex = mark.index;
      const m = BOUNDARY.exec(line.text);
      if (!m) continue;
      MARKS.lastIndex = m.index + m[0].length;
      const before = line.text.slice(Math.max(0, m.index - 6), m.index).split(/\s+/).pop()?.toLowerCase() ?? '';
      if (m[0].startsWith('.') && m[0].length === 1 && ABBREVIATIONS.has(before)) continue;
      ends.push(m.index + m[0].length);
    }
    if (line.text.includes('.')) {
      for (let at = line.text.indexOf('.'); at >= 0; at = line.text.indexOf('.', at + 1)) {
        GLUED_BOUNDARY.lastIndex = at;
        if (!GLUED_BOUNDARY.test(line.text)) continue;
        const before = /\p{Ll}+$/u.exec(line.text.slice(Math.max(0, at - 6), at))?.[0] ?? '';
        if (!ABBREVIATIONS.has(before)) ends.push(at + 1);
      }
      ends.sort((a, b) => a - b);
    }
    for (const end of ends) cut(line.start + end);
    cut(line.end);
  });
  return out;
}
