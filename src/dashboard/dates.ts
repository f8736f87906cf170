// Dates as the articles give them, written in the page's language with Intl.DateTimeFormat: a
// full date (2024-03-15), a month (2024-03), a year (2024), or a day and month whose year the
// article did not state (--10-02, written "2 October, year unknown"). Anything else is shown as is.

export type DateStyle = 'short' | 'long';

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;
const NO_YEAR = /^--(\d{2})-(\d{2})$/;

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const vietnamese = (locale: string) => /^vi\b/i.test(locale);

function options(locale: string, style: DateStyle, parts: 'ymd' | 'ym' | 'md'): Intl.DateTimeFormatOptions {
  // Vietnamese readers write dates with numbers (15/03/2024); English ones read a month name better.
  // A day and month alone is always written with the month's name ("2 tháng 10", "2 October").
  const numeric = vietnamese(locale) && style === 'short' && parts === 'ymd';
  const month = numeric ? '2-digit' : parts === 'md' ? 'long' : vietnamese(locale) ? (parts === 'ym' ? 'numeric' : 'long') : style === 'short' ? 'short' : 'long';
  const o: Intl.DateTimeFormatOptions = { timeZone: 'UTC', month };
  if (parts !== 'ym') o.day = numeric ? '2-digit' : 'numeric';
  if (parts !== 'md') o.year = 'numeric';
  return o;
}

export function formatDateIn(iso: string | null | undefined, locale: string, yearUnknown: string, style: DateStyle = 'short'): string | null {
  if (!iso) return null;
  let m: RegExpMatchArray | null;
  if ((m = iso.match(FULL))) return new Intl.DateTimeFormat(locale, options(locale, style, 'ymd')).format(utc(+m[1], +m[2], +m[3]));
  if ((m = iso.match(MONTH))) return new Intl.DateTimeFormat(locale, options(locale, style, 'ym')).format(utc(+m[1], +m[2], 1));
  if ((m = iso.match(YEAR))) return m[1];
  // 2000 is a leap year, so "--02-29" is a real day.
  if ((m = iso.match(NO_YEAR))) return `${new Intl.DateTimeFormat(locale, options(locale, style, 'md')).format(utc(2000, +m[1], +m[2]))} (${yearUnknown})`;
  return iso;
}

/** How a date is typed in this locale, from Intl's own order of day, month and year: "dd/mm/yyyy". */
export function datePattern(locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
    .formatToParts(utc(2024, 3, 15))
    .map((p) => (p.type === 'day' ? 'dd' : p.type === 'month' ? 'mm' : p.type === 'year' ? 'yyyy' : p.value))
    .join('');
}

/** A date typed in the locale's order (or as ISO) to ISO; null when it is not a real date. */
export function parseDateIn(text: string, locale: string): string | null {
  const s = text.trim();
  if (!s) return null;
  let y: number, mo: number, d: number;
  const iso = s.match(FULL);
  if (iso) [y, mo, d] = [+iso[1], +iso[2], +iso[3]];
  else {
    const numbers = s.split(/\D+/).filter(Boolean).map(Number);
    if (numbers.length !== 3) return null;
    const order = datePattern(locale).split(/[^dmy]+/).filter(Boolean);
    const at = (part: string) => numbers[order.indexOf(part)];
    [y, mo, d] = [at('yyyy'), at('mm'), at('dd')];
  }
  const date = utc(y, mo, d);
  if (y < 1000 || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An ISO date written in the locale's typing pattern (the value of a date field). */
export function typedDate(iso: string | null, locale: string): string {
  const m = iso?.match(FULL);
  if (!m) return '';
  return datePattern(locale).replace('yyyy', m[1]).replace('mm', m[2]).replace('dd', m[3]);
}
