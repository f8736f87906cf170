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

// Word characters (letters, combining marks, digits) by UTF-16 code unit, computed once: a table
// lookup per character is several times faster than a Unicode-property regex over the text.
const WORD = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (/[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c))) WORD[c] = 1;
const isWordCode = (c: number) => WORD[c] === 1 || (c >= 0xd800 && c <= 0xdbff);
const SPACE = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
// "Đồng chíPhạm": a lower-case letter directly followed by a capital starts a new word.
const GLUED = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})/u;

// Case tests by comparing with toLowerCase/toUpperCase: several times faster than Unicode property
// regexes, but still the tokenizer's largest cost on Vietnamese (two-byte) strings, so the answers
// are remembered per word: a few thousand syllables make up nearly all of the text.
interface Casing {
  lower: string;
  isCap: boolean;
  isUpper: boolean;
  /** Everything after the first character is lower case (no glued capital to split at). */
  tailLower: boolean;
}
const casings = new Map<string, Casing>();
const MAX_CASINGS = 100_000;

function casingOf(text: string): Casing {
  let c = casings.get(text);
  if (c !== undefined) return c;
  const lower = text.toLowerCase();
  const rest = text.slice(1);
  const tailLower = rest === rest.toLowerCase();
  if (lower === text) c = { lower, isCap: false, isUpper: false, tailLower };
  else {
    const first = text[0];
    c = { lower, isCap: first !== first.toLowerCase() && tailLower, isUpper: text === text.toUpperCase(), tailLower };
  }
  if (casings.size >= MAX_CASINGS) casings.clear();
  casings.set(text, c);
  return c;
}

function makeToken(text: string, start: number, isWord: boolean, c: Casing = casingOf(text)): Token {
  return { start, end: start + text.length, text, lower: c.lower, isWord, isCap: c.isCap, isUpper: c.isUpper };
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (SPACE(c)) {
      i++;
      continue;
    }
    if (!isWordCode(c)) {
      out.push(makeToken(text[i], i, false));
      i++;
      continue;
    }
    let j = i + 1;
    // "GD&ĐT" stays one word.
    while (j < to && (isWordCode(text.charCodeAt(j)) || (text.charCodeAt(j) === 38 && j + 1 < to && isWordCode(text.charCodeAt(j + 1))))) j++;
    const t = text.slice(i, j);
    const casing = casingOf(t);
    if (t.length < 3 || casing.tailLower) out.push(makeToken(t, i, true, casing));
    else {
      let at = i;
      for (const p of t.split(GLUED)) {
        out.push(makeToken(p, at, true));
        at += p.length;
      }
    }
    i = j;
  }
  return out;
}
