// One tone-mark convention for every stage: the lexicon, the extractor and the stores compare
// syllables after this, so "Hoá" and "Hóa", "Uỷ" and "Ủy", "Thuỷ" and "Thủy" are one spelling.
// We keep the tone on the first vowel (the spelling the lexicon uses) when the syllable ends after the pair.
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const TONE_SWAP = new Map<string, string>();
for (const [first, second] of [['o', 'a'], ['o', 'e'], ['u', 'y'], ['O', 'A'], ['O', 'E'], ['U', 'Y'], ['O', 'a'], ['O', 'e'], ['U', 'y']]) {
  for (const t of TONES) {
    TONE_SWAP.set((first + (second + t).normalize('NFC')).normalize('NFC'), ((first + t).normalize('NFC') + second).normalize('NFC'));
  }
}
// "qu" is a consonant ("quý" keeps its tone where it is): tested on each match rather than as a
// lookbehind, which made the engine stop at every character of the text.
const TONE_PATTERN = new RegExp(`(?:${[...TONE_SWAP.keys()].join('|')})(?![\\p{L}\\p{M}])`, 'gu');
const Q = /[qQ]/;

export function normalizeTonePlacement(text: string): string {
  return text.replace(TONE_PATTERN, (m: string, at: number) => ((m[0] === 'u' || m[0] === 'U') && at > 0 && Q.test(text[at - 1]) ? m : (TONE_SWAP.get(m) ?? m)));
}
