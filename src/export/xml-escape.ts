// XML 1.0 cannot carry most control characters even escaped; article text scraped from the web
// sometimes holds them, so they are dropped rather than written into an unreadable file.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export const stripInvalidXml = (value: string) => value.replace(INVALID, '');

export function escapeXml(value: string): string {
  return value
    .replace(INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
