// Bylines name the author or photographer: they are not officials at the meeting.

const LABELLED = /^(?:tác giả|tin(?:,| và)? ảnh|tin|bài(?:,| và)? ảnh|bài|ảnh|phóng viên|pv|nhóm pv|bài và ảnh|tin, bài|thực hiện|nguồn)\s*[:：]\s*(.+)$/iu;
// "Theo Báo Lào Cai" credits another paper: a source, not an author.
export const SOURCE_LINE = /^(?:theo|nguồn)\s*:?\s+\S/iu;
const NAME_WORD = /^(?:\p{Lu}\p{Ll}*|\p{Lu}+)$/u;

function titleCase(s: string): string {
  return s
    .split(/\s+/)
    .map((w) => (w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w))
    .join(' ');
}

/** Names in a labelled byline ("Tác giả: Thu Minh", "Tin, ảnh: TRUNG HIẾU"), or null. */
export function labelledByline(line: string): string[] | null {
  const m = LABELLED.exec(line.trim());
  if (!m) return null;
  return m[1]
    .replace(/\(.*?\)/g, '')
    .split(/\s*(?:[-–,;]|\svà\s)\s*/u)
    .map((s) => s.trim().replace(/[.\s]+$/, ''))
    .filter((s) => s && s.split(/\s+/).length <= 5 && s.split(/\s+/).every((w) => NAME_WORD.test(w)))
    .map(titleCase);
}

/** A short line that is only a name, or names ("Ngọc Hà - Văn Lâm"), as bylines often are at the end. */
export function bareNameLine(line: string): string[] | null {
  const t = line.trim();
  if (SOURCE_LINE.test(t) || /[.:;!?()"“”]/.test(t)) return null;
  const names = t.split(/\s+[-–]\s+|\s*,\s*/);
  if (names.length > 3) return null;
  for (const n of names) {
    const words = n.split(/\s+/);
    if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD.test(w))) return null;
  }
  return names.map(titleCase);
}
