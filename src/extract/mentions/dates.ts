// Meeting dates as Vietnamese news writes them: "Sáng ngày 07/9/2021", "Chiều 29-6", "Ngày 22/3",
// "ngày 5 tháng 7 năm 2023", "sáng nay (15/3)". The year, when missing, is never taken from today.

export interface DateMention {
  start: number;
  end: number;
  day: number;
  month: number;
  year: number | null;
  partOfDay: string | null;
  /** True when a day-part or "ngày" introduces the date, as meeting dates are written. */
  introduced: boolean;
}

const PARTS: Record<string, string> = { sáng: 'morning', trưa: 'noon', chiều: 'afternoon', tối: 'evening', đêm: 'night' };
const NUMERIC =
  /(?<![\p{L}\p{N}/.-])(?:(sáng|trưa|chiều|tối|đêm)(?:\s+nay)?\s*(?:(?:thứ\s+\p{L}+|chủ nhật)\s*,?\s*)?(?:\(\s*)?(?:(?:thứ\s+\p{L}+|chủ nhật)\s*,?\s*)?(?:ngày\s+)?|(ngày)\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\p{N}/-]|\.\d)/giu;
const WORDED = /(?<![\p{L}\p{N}])(?:(sáng|trưa|chiều|tối|đêm)\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu;

function valid(d: number, m: number, y: number | null): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return y === null || (y >= 1945 && y <= 2100);
}

export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  const slice = text.slice(from, to);
  const out: DateMention[] = [];
  for (const m of slice.matchAll(WORDED)) {
    const [d, mo, y] = [Number(m[2]), Number(m[3]), m[4] ? Number(m[4]) : null];
    if (valid(d, mo, y))
      out.push({ start: from + m.index!, end: from + m.index! + m[0].length, day: d, month: mo, year: y, partOfDay: m[1] ? PARTS[m[1].toLowerCase()] : null, introduced: true });
  }
  for (const m of slice.matchAll(NUMERIC)) {
    const [d, mo, y] = [Number(m[3]), Number(m[4]), m[5] ? Number(m[5]) : null];
    if (!valid(d, mo, y)) continue;
    const start = from + m.index!;
    if (out.some((o) => o.start <= start && start < o.end)) continue;
    out.push({ start, end: start + m[0].length, day: d, month: mo, year: y, partOfDay: m[1] ? PARTS[m[1].toLowerCase()] : null, introduced: !!(m[1] || m[2]) });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function isoDate(year: number | null, month: number, day: number): string {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return year === null ? `--${mm}-${dd}` : `${year}-${mm}-${dd}`;
}

/** Years the text names as "năm 2021" (not terms such as "nhiệm kỳ 2021-2026"). */
export function statedYears(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(/(?<![\p{L}])năm\s+(\d{4})(?![\d–-])/giu)) {
    const y = Number(m[1]);
    if (y >= 1945 && y <= 2100) years.push(y);
  }
  return years;
}
