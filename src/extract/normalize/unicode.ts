// Normalization that keeps a map back to the original text, so every fact can quote and point
// at the characters it came from. NFC changes lengths (NFD "Nghệ An" is 9 code units, NFC 7);
// the other steps here are length-preserving.

export interface NormalizedText {
  original: string;
  text: string;
  /** Offset in `text` -> offset in `original`. */
  toOriginal(i: number): number;
}

import { normalizeTonePlacement } from '../../text/tones';

const COMBINING = /\p{M}/u;

function nfcWithMap(original: string): { text: string; map: Int32Array | null } {
  const text = original.normalize('NFC');
  if (text === original) return { text, map: null };
  const out: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < original.length) {
    let j = i + 1;
    while (j < original.length && COMBINING.test(original[j])) j++;
    const cluster = original.slice(i, j).normalize('NFC');
    for (let k = 0; k < cluster.length; k++) {
      out.push(cluster[k]);
      map.push(i + Math.min(k, j - i - 1));
    }
    i = j;
  }
  map.push(original.length);
  return { text: out.join(''), map: Int32Array.from(map) };
}

const ODD_SPACES = /[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF\t\f\v]/g;

export function normalizeText(original: string): NormalizedText {
  const { text: nfc, map } = nfcWithMap(original);
  const text = normalizeTonePlacement(nfc.replace(ODD_SPACES, ' ').replace(/\r/g, '\n'));
  return { original, text, toOriginal: map ? (i) => map[Math.max(0, Math.min(i, map.length - 1))] : (i) => i };
}
