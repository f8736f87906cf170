import type { LexiconIndex } from '../common/lexicon-index';
import { lineKey } from '../common/lexicon-index';
import type { Line } from '../common/document';
import { labelledByline, bareNameLine, SOURCE_LINE } from './bylines';
import { parseDateline } from './datelines';

// Splits the page into lines and says what each is. Nothing is deleted, so offsets stay valid:
// later stages read only the content lines.

export interface CleanResult {
  lines: Line[];
  headline: string | null;
  datelineDate: string | null;
  authors: string[];
}

export function classifyLines(text: string, lex: LexiconIndex): CleanResult {
  const lines: Line[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    lines.push({ start: at + lead, end: at + lead + body.length, text: body, kind: 'content' });
    at += raw.length + 1;
  }
  const seen = new Set<string>();
  const authors: string[] = [];
  let datelineDate: string | null = null;
  let ended = false;
  for (const line of lines) {
    if (!line.text) {
      line.kind = 'boilerplate';
      continue;
    }
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
    else if (line.text.length <= 60 && /\d/.test(line.text) && parseDateline(line.text)) {
      line.kind = 'dateline';
      datelineDate ??= parseDateline(line.text);
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
  return { lines, headline, datelineDate, authors: [...new Set(authors)] };
}
