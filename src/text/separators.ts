// What `s.replace(/[^\p{L}\p{N}]+/gu, ' ')` does, by a table of UTF-16 units filled as they are
// met: the Unicode-property regex cost about 2 µs per short line, most of the time spent telling
// page furniture from text.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const KNOWN = new Uint8Array(0x10000); // 0 not yet known, 1 neither, 2 a letter or a digit

function isLetterOrDigit(cp: number): boolean {
  if (cp > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
  return (KNOWN[cp] ||= LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 2 : 1) === 2;
}

/** Each run of characters that are neither letters nor digits becomes one space. */
export function spaceSeparators(s: string): string {
  let out = '';
  let from = 0;
  let i = 0;
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    if (isLetterOrDigit(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < s.length) {
      const next = s.codePointAt(j)!;
      if (isLetterOrDigit(next)) break;
      j += next > 0xffff ? 2 : 1;
    }
    out += s.slice(from, i) + ' ';
    from = i = j;
  }
  return from === 0 ? s : out + s.slice(from);
}
