import type { LexiconIndex } from '../common/lexicon-index';
import { lineKey } from '../common/lexicon-index';
import type { Line } from '../common/document';
import { labelledByline, bareNameLine, SOURCE_LINE } from './bylines';
import { parseDateline, attachedDateline } from './datelines';

// Splits the page into lines and says what each is. Nothing is deleted, so offsets stay valid:
// later stages read only the content lines.

export interface CleanResult {
  lines: Line[];
  headline: string | null;
  datelineDate: string | null;
  /** "YYYY-MM" from a dateline that gives only the year and month; only for the year of dates without one. */
  datelineMonth: string | null;
  authors: string[];
}

// Datelines glued to a line are looked for only near the top of the page, where pages put them.
const ATTACHED_WITHIN = 5;

export function classifyLines(text: string, lex: LexiconIndex): CleanResult {
  const lines: Line[] = [];
  let datelineDate: string | null = null;
  let datelineMonth: string | null = null;
  let at = 0;
  let nonEmpty = 0;
  const push = (start: number, raw: string, kind: Line['kind'] = 'content') => {
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    lines.push({ start: start + lead, end: start + lead + body.length, text: body, kind });
  };
  for (const raw of text.split('\n')) {
    // "date 2026-03-09 Title…" or "Title… 06/10/2025 17:12": the dateline becomes a line of its own.
    const attached = raw.trim() && nonEmpty++ < ATTACHED_WITHIN ? attachedDateline(raw) : null;
    if (attached) {
      if (attached.date.length === 10) datelineDate ??= attached.date;
      else datelineMonth ??= attached.date;
      const cut = attached.at === 'start' ? attached.length : raw.length - attached.length;
      const [head, tail] = [raw.slice(0, cut), raw.slice(cut)];
      push(at, head, attached.at === 'start' ? 'dateline' : 'content');
      push(at + cut, tail, attached.at === 'end' ? 'dateline' : 'content');
    } else push(at, raw);
    at += raw.length + 1;
  }
  const seen = new Set<string>();
  const authors: string[] = [];
  let ended = false;
  let dated: string | null = null;
  for (const line of lines) {
    if (!line.text) {
      line.kind = 'boilerplate';
      continue;
    }
    if (line.kind === 'dateline') continue;
    // Furniture, datelines and bylines are short lines; a paragraph can only be a repeat.
    if (line.text.length >= 100 && !ended) {
      if (seen.has(line.text)) line.kind = 'duplicate';
      seen.add(line.text);
      continue;
    }
    const key = lineKey(line.text);
    if (ended) line.kind = 'after-end';
    // A "Tin liên quan" box above the article (some templates put it there) does not end it.
    else if (lex.endMarkers.has(key) && seen.size > 0) {
      line.kind = 'after-end';
      ended = true;
    } else if (lex.boilerplateLines.has(key) || lex.boilerplatePattern.test(line.text)) line.kind = 'boilerplate';
    else if (line.text.length <= 100 && /\d/.test(line.text) && (dated = parseDateline(line.text))) {
      line.kind = 'dateline';
      datelineDate ??= dated;
    } else {
      const names = line.text.includes(':') || line.text.includes('：') ? labelledByline(line.text) : null;
      if (SOURCE_LINE.test(line.text) && line.text.length < 80) line.kind = 'byline';
      else if (names) {
        line.kind = 'byline';
        authors.push(...names);
      } else if (seen.has(key)) line.kind = 'duplicate';
      seen.add(key);
    }
  }
  // A name alone on one of the last content lines is the author's signature.
  const content = lines.filter((l) => l.kind === 'content' || l.kind === 'duplicate');
  for (const line of content.slice(-2)) {
    const names = bareNameLine(line.text);
    if (names && line !== content[0]) {
      line.kind = 'byline';
      authors.push(...names);
    }
  }
  for (const line of lines) if (line.kind === 'duplicate' && (bareNameLine(line.text) ?? []).some((n) => authors.includes(n))) line.kind = 'byline';
  const first = lines.find((l) => l.kind === 'content');
  const headline = first && first.text.length < 250 && !/[.!?…]$/.test(first.text) ? first.text : null;
  return { lines, headline, datelineDate, datelineMonth, authors: [...new Set(authors)] };
}
