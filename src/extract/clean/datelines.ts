// A dateline gives the publication date: "20:36 22/03/2024", "09/06/2021 - 14:33",
// "Thứ Hai, 22/03/2024 20:36", "Thứ 5, 19/06/2025, 21:29[GMT+7]", "Cập nhật: 09:15 ngày 12/5/2023",
// "Tin tức / Chính trị / Thứ hai, ngày 15/09/2025" (a navigation trail ending in the date). It supplies
// the year of meeting dates written without one.

const DATE = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/;
// What may stand around the date on a dateline: times, time zones, weekdays, "ngày", "cập nhật", separators.
const FURNITURE =
  /\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM|SA|CH)?|[[(]?\s*GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*[\])]?|(?<![\p{L}])(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|t[2-7]|cn|ngày đăng|ngày|lúc|cập nhật(?: lúc| ngày)?|đăng(?: lúc| ngày)?|xuất bản|published|updated|posted|date)(?![\p{L}])|[\s:,|–—-]+/giu;
const TRAIL_SEP = /\s+[/|>»›]\s+/;

function dateOf(t: string): string | null {
  const m = DATE.exec(t);
  if (!m || DATE.exec(t.slice(m.index + m[0].length))) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function bareDateline(t: string): string | null {
  if (t.length > 60) return null;
  const date = dateOf(t);
  if (!date) return null;
  return t.replace(DATE, ' ').replace(FURNITURE, ' ').trim() === '' ? date : null;
}

export function parseDateline(line: string): string | null {
  const t = line.trim();
  if (t.length > 100 || !DATE.test(t)) return null;
  const bare = bareDateline(t);
  if (bare) return bare;
  // "Tin tức / Chính trị / Thứ hai, ngày 15/09/2025": short menu words, then the date.
  const parts = t.split(TRAIL_SEP);
  if (parts.length < 2) return null;
  const last = bareDateline(parts[parts.length - 1]);
  const menu = parts.slice(0, -1).every((p) => p.split(/\s+/).length <= 4 && !/[\d.!?]/.test(p));
  return last && menu ? last : null;
}

/**
 * A dateline glued to the start or end of a line: the page-text dump's "date 2026-03-09 Title…" (a
 * year and month alone, "date 2019-10", is kept as YYYY-MM) or "Title… 06/10/2025 17:12".
 * Returns the date and the length of the prefix or suffix it occupies.
 */
export function attachedDateline(line: string): { date: string; at: 'start' | 'end'; length: number } | null {
  const iso = /^\s*(?:date\s*:?\s*)?(\d{4})-(\d{2})(?:-(\d{2}))?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?=\s|$)/iu.exec(line);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), iso[3] ? Number(iso[3]) : null];
    if (y >= 1945 && y <= 2100 && m >= 1 && m <= 12 && (d === null || (d >= 1 && d <= 31)))
      return { date: `${iso[1]}-${iso[2]}${iso[3] ? `-${iso[3]}` : ''}`, at: 'start', length: iso[0].length };
  }
  const tail = /\s(\d{1,2}\/\d{1,2}\/\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*$/u.exec(line);
  if (tail && line.length < 250) {
    const date = dateOf(tail[1]);
    if (date) return { date, at: 'end', length: line.length - tail.index };
  }
  return null;
}
