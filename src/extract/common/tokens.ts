// Tokens over the normalized text. `\b` and `\W` do not understand Vietnamese letters, so words
// are runs of letters, marks and digits; everything else that is not space is a one-char token.

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  isWord: boolean;
  /** Title case: first letter capital, the rest lower ("Nguyễn"). */
  isCap: boolean;
  /** All capitals, at least one letter ("UBND", "TUV"). */
  isUpper: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:&[\p{L}\p{M}\p{N}]+)*|\S/gu;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
// "Đồng chíPhạm": a lower-case letter directly followed by a capital starts a new word.
const GLUED = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})/u;

function makeToken(text: string, start: number): Token {
  const isWord = LETTER.test(text) || /\p{N}/u.test(text);
  const first = text[0];
  const rest = text.slice(1);
  return {
    start,
    end: start + text.length,
    text,
    lower: text.toLowerCase(),
    isWord,
    isCap: UPPER.test(first) && !UPPER.test(rest) && LOWER.test(rest.length ? rest : 'a') && LETTER.test(first),
    isUpper: LETTER.test(text) && !LOWER.test(text),
  };
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) && m.index < to) {
    const parts = m[0].split(GLUED);
    let at = m.index;
    for (const p of parts) {
      out.push(makeToken(p, at));
      at += p.length;
    }
  }
  return out;
}
