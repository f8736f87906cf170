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
const TONE_PATTERN = new RegExp(`(?<![qQ](?=[uU]))(${[...TONE_SWAP.keys()].join('|')})(?![\\p{L}\\p{M}])`, 'gu');

export function normalizeTonePlacement(text: string): string {
  return text.replace(TONE_PATTERN, (m) => TONE_SWAP.get(m) ?? m);
}
