// Dates as the exports' formats accept them: a full ISO day, or nothing. A partial date
// ("--06-30", a day without its year) bounds nothing and is left out of typed date fields.
export const isDay = (d: string | null | undefined): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d);

export const dayOrNull = (d: string | null | undefined): string | null => (isDay(d) ? d : null);

export const yearOf = (d: string | null | undefined): number | null => (isDay(d) ? Number(d.slice(0, 4)) : null);
