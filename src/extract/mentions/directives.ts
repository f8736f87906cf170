import type { LexiconIndex } from '../common/lexicon-index';
import { fold } from '../../text';
import { findDates, isoDate } from './dates';

// Numbered documents: "Nghị quyết số 01-NQ/TU", "Chỉ thị số 06-CT/TU, ngày 24-5-2021 của Ban
// Thường vụ Tỉnh ủy", "Nghị quyết số 58 của Bộ Chính trị (khóa XII)", "Kết luận 21-KL/TW".

export interface DirectiveMention {
  start: number;
  end: number;
  kind: string;
  number: string;
  date: string | null;
  /** Lexicon id of the issuer from the number's suffix (TU, HĐND, ...), when it says. */
  issuerId: string | null;
  /** Text after "của" naming the issuer, as written. */
  issuerText: string | null;
  title: string | null;
}

const NUMBER = String.raw`\d+[\p{L}\d]*(?:[-/][\p{L}\p{M}\d&]+|\.\d+)*`;
const CODE = /[-/]/;

// Document numbers are found from their digits: a number is rare enough in prose that looking back
// from each one for "Nghị quyết số" is much faster than scanning the text for every document word.
// The pattern is an alternation tried at each of the 28 characters before a number, and most
// numbers are dates and counts: it runs only when the word just before the number (and its
// spaces) is one a match must end with, the last word of a kind or "số".
interface KindsBefore {
  pattern: RegExp;
  lastWords: Set<string>;
}
const kindsBefore = new WeakMap<LexiconIndex, KindsBefore>();
function kindBeforePattern(lex: LexiconIndex): KindsBefore {
  let k = kindsBefore.get(lex);
  if (!k) {
    const words = [...lex.directiveKinds.values()].flatMap((w) => [w, w[0].toLowerCase() + w.slice(1)]).sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![\\p{L}])(${words.join('|')})(\\s+[sS]ố)?\\s+$`, 'u');
    k = { pattern, lastWords: new Set([...words.map((w) => /\p{L}*$/u.exec(w)![0]), 'số', 'Số']) };
    kindsBefore.set(lex, k);
  }
  return k;
}
const LETTER = new Uint8Array(0x10000); // 0 not yet known, 1 not a letter, 2 a letter
const isLetter = (c: number) => (LETTER[c] ||= /\p{L}/u.test(String.fromCharCode(c)) ? 2 : 1) === 2;
const SPACE = /\s/;
/** The letters before the spaces that end text[from..at), as the pattern sees them in that window. */
function wordBefore(text: string, from: number, at: number): string {
  let k = at - 1;
  if (k < from || !SPACE.test(text[k])) return '';
  while (k >= from && SPACE.test(text[k])) k--;
  const end = k + 1;
  while (k >= from && isLetter(text.charCodeAt(k))) k--;
  return text.slice(k + 1, end);
}
const NUMBER_AT = new RegExp(NUMBER, 'uy');
const BARE_KINDS = new Set(['Nghị quyết', 'Chỉ thị', 'Kết luận']);
const BARE_AFTER = /^\s+(?:của\s+\p{Lu}|về\s)/u;
const DIGIT_RUN = /\d+/g;

export function findDirectives(text: string, lex: LexiconIndex, from = 0, to = text.length): DirectiveMention[] {
  const { pattern: kindBefore, lastWords } = kindBeforePattern(lex);
  const out: DirectiveMention[] = [];
  DIGIT_RUN.lastIndex = from;
  let d: RegExpExecArray | null;
  while ((d = DIGIT_RUN.exec(text)) && d.index < to) {
    const at = d.index;
    if (at > 0 && /[\p{L}\p{N}/.-]/u.test(text[at - 1])) continue;
    if (!lastWords.has(wordBefore(text, Math.max(0, at - 28), at))) continue;
    const k = kindBefore.exec(text.slice(Math.max(0, at - 28), at));
    if (!k) continue;
    NUMBER_AT.lastIndex = at;
    const n = NUMBER_AT.exec(text);
    if (!n) continue;
    DIGIT_RUN.lastIndex = at + n[0].length;
    const raw = n[0].replace(/[.]+$/, '');
    const kind = lex.directiveKinds.get(fold(k[1])) ?? k[1];
    const number = raw.replace(/\s+/g, '');
    const saysNumber = !!k[2];
    // "Kế hoạch 5 năm" is not a document number; "Nghị quyết 68 của Bộ Chính trị", "Nghị quyết 57 về
    // khoa học, công nghệ" are, as a party's resolutions and instructions are known by number alone.
    if (!saysNumber && (!CODE.test(number) || /^\d{4}$/.test(number)) && !(BARE_KINDS.has(kind) && /^\d{1,3}$/.test(number) && BARE_AFTER.test(text.slice(at + raw.length, at + raw.length + 12)))) continue;
    const start = at - k[0].length;
    let end = at + raw.length;
    const rest = text.slice(end, Math.min(text.length, end + 160));
    let date: string | null = null;
    const dm = /^\s*,?\s*(?:ban hành\s+)?ngày\s+/iu.exec(rest);
    if (dm) {
      const d = findDates(rest, 0, Math.min(rest.length, dm[0].length + 24)).find((x) => x.start < dm[0].length + 2);
      if (d) {
        date = isoDate(d.year, d.month, d.day);
        end += d.end;
      }
    }
    const after = text.slice(end, Math.min(text.length, end + 160));
    const issuerMatch = /^\s*,?\s*của\s+([^,;.“"(]+?(?:\s*\([^)]*\))?)(?=\s+(?:về|ngày|nhằm|đối với|trong|tại|đã|và)\s|\s*[,;.“"]|\s*$)/iu.exec(after);
    const issuerText = issuerMatch ? issuerMatch[1].trim() : null;
    const titleMatch = /^[^.;]*?(?:về|“|")\s*[“"]?([^”".;]{6,200})/u.exec(after);
    const code = /[-/](TW|TU|HU|ThU|HĐND|UBND|TTg|CP|QH|MTTQ)\b/u.exec(number);
    out.push({
      start,
      end,
      kind,
      number,
      date,
      issuerId: code ? (lex.issuerCodes.get(code[1]) ?? null) : null,
      issuerText,
      title: titleMatch ? titleMatch[1].trim() : null,
    });
  }
  return out;
}
