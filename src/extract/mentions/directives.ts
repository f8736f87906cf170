import type { LexiconIndex } from '../common/lexicon-index';
import { fold } from '../normalize/unicode';
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

const NUMBER = String.raw`\d+[\p{L}\d]*(?:\s?[-/.]\s?[\p{L}\p{M}\d&]+)*`;
const CODE = /[-/]/;

export function findDirectives(text: string, lex: LexiconIndex, from = 0, to = text.length): DirectiveMention[] {
  const words = [...lex.directiveKinds.values()].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}])(${words.join('|')})(\\s+số)?\\s+(${NUMBER})`, 'giu');
  const out: DirectiveMention[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(re)) {
    const kind = lex.directiveKinds.get(fold(m[1])) ?? m[1];
    let number = m[3].replace(/[.]+$/, '').replace(/\s+/g, '');
    if (!m[2] && !CODE.test(number)) continue; // "Kế hoạch 5 năm" is not a document number
    if (/^\d{4}$/.test(number) && !m[2]) continue;
    const start = from + m.index!;
    let end = start + m[0].length - (m[3].length - m[3].replace(/[.]+$/, '').length);
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
