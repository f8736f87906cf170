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
  /** The number of `lower` among the lexicon's words (wordId), or NO_WORD. */
  id: number;
}

// Word ids: every word the lexicon's phrases are keyed by is numbered once, when the lexicon is
// compiled, and a token carries the number of its lower-cased form, looked up once when it is made.
// The stages then match phrases by number, instead of hashing the same string again in every
// stage. Tokens made before a lexicon was compiled do not know its words: the pipeline compiles
// the lexicon first (getLexicon), and only the lexicon's own words are numbered, so the table
// stays the size of the lexicon however much text is read.
const WORD_IDS = new Map<string, number>();
export const NO_WORD = 0;

/** The word's number, given it if it has none yet (for compiling the lexicon). */
export function wordId(lower: string): number {
  let id = WORD_IDS.get(lower);
  if (id === undefined) WORD_IDS.set(lower, (id = WORD_IDS.size + 1));
  return id;
}

const idOf = (lower: string) => WORD_IDS.get(lower) ?? NO_WORD;

// Word characters (letters, combining marks, digits) by UTF-16 code unit, computed once: a table
// lookup per character is several times faster than a Unicode-property regex over the text.
const WORD = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (/[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c))) WORD[c] = 1;
const isWordCode = (c: number) => WORD[c] === 1 || (c >= 0xd800 && c <= 0xdbff);
const SPACE = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
// "Đồng chíPhạm": a lower-case letter directly followed by a capital starts a new word.
const GLUED = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})/u;

// Case tests per UTF-16 unit, from a table: calling toLowerCase/toUpperCase on every token was the
// tokenizer's main cost (Vietnamese words are two-byte strings, which take V8's slow
// path). Outside surrogates, lower- and upper-casing map each unit on its own (the one rule that
// looks at context, final sigma, is for a capital, which changes anyway), so a string is unchanged
// by a case mapping exactly when each of its units is. Surrogates: the string methods decide.
const LOWER_CHANGES = 1;
const UPPER_CHANGES = 2;
const SURROGATE = 4;
// Filled as units are met (the whole table would cost 40 ms at every start).
const UNKNOWN = 8;
const CASE = new Uint8Array(0x10000).fill(UNKNOWN);

function caseOf(c: number): number {
  let flags = CASE[c];
  if (flags === UNKNOWN) {
    const ch = String.fromCharCode(c);
    flags = c >= 0xd800 && c <= 0xdfff ? SURROGATE : (ch.toLowerCase() !== ch ? LOWER_CHANGES : 0) | (ch.toUpperCase() !== ch ? UPPER_CHANGES : 0);
    CASE[c] = flags;
  }
  return flags;
}

/** The case flags of text[from..to), or'ed. */
function caseFlags(text: string, from: number, to = text.length): number {
  let flags = 0;
  for (let k = from; k < to; k++) flags |= caseOf(text.charCodeAt(k));
  return flags;
}

function makeToken(text: string, start: number, isWord: boolean): Token {
  return tokenWithFlags(text, start, isWord, caseOf(text.charCodeAt(0)), caseFlags(text, 1));
}

/** `head`: the case flags of the first unit; `rest`: those of the others, or'ed. */
function tokenWithFlags(text: string, start: number, isWord: boolean, head: number, rest: number): Token {
  if ((head | rest) & SURROGATE) return makeTokenByStrings(text, start, isWord);
  if (!((head | rest) & LOWER_CHANGES)) return { start, end: start + text.length, text, lower: text, isWord, isCap: false, isUpper: false, id: idOf(text) };
  const lower = text.toLowerCase();
  return {
    start,
    end: start + text.length,
    text,
    lower,
    isWord,
    isCap: (head & LOWER_CHANGES) !== 0 && !(rest & LOWER_CHANGES),
    isUpper: !((head | rest) & UPPER_CHANGES),
    id: idOf(lower),
  };
}

function makeTokenByStrings(text: string, start: number, isWord: boolean): Token {
  const lower = text.toLowerCase();
  if (lower === text) return { start, end: start + text.length, text, lower, isWord, isCap: false, isUpper: false, id: idOf(lower) };
  const upper = text.toUpperCase();
  const first = text[0];
  const rest = text.slice(1);
  return {
    start,
    end: start + text.length,
    text,
    lower,
    isWord,
    isCap: first !== first.toLowerCase() && rest === rest.toLowerCase(),
    isUpper: text === upper,
    id: idOf(lower),
  };
}

/** Whether text[1..], whose case flags are `rest`, is all lower case (then no glued capital needs splitting off). */
function tailIsLower(text: string, rest: number): boolean {
  if (rest & SURROGATE) {
    const tail = text.slice(1);
    return tail === tail.toLowerCase();
  }
  return !(rest & LOWER_CHANGES);
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
      out.push(tokenWithFlags(text[i], i, false, caseOf(c), 0));
      i++;
      continue;
    }
    let j = i + 1;
    // "GD&ĐT" stays one word.
    while (j < to && (isWordCode(text.charCodeAt(j)) || (text.charCodeAt(j) === 38 && j + 1 < to && isWordCode(text.charCodeAt(j + 1))))) j++;
    // The word's case is read once, for the split below and for the token.
    const rest = caseFlags(text, i + 1, j);
    const t = text.slice(i, j);
    if (t.length < 3 || tailIsLower(t, rest)) out.push(tokenWithFlags(t, i, true, caseOf(c), rest));
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
