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
// Per UTF-16 unit, filled as units are met: whether it is a combining mark, and its NFC. A regular
// expression test, a normalization and an array push per character made an NFD article cost as
// much as extracting it; now runs of characters that NFC leaves alone are copied whole.
const MARK = new Uint8Array(0x10000); // 0 not yet known, 1 not a mark, 2 a mark
const isMark = (c: number) => (MARK[c] ||= COMBINING.test(String.fromCharCode(c)) ? 2 : 1) === 2;
const unitNfc = new Map<number, string>();
function nfcOfUnit(c: number): string {
  let s = unitNfc.get(c);
  if (s === undefined) unitNfc.set(c, (s = String.fromCharCode(c).normalize('NFC')));
  return s;
}
// A letter with its marks: a few hundred of them spell all of Vietnamese.
const clusterNfc = new Map<string, string>();
function nfcOfCluster(cluster: string): string {
  let s = clusterNfc.get(cluster);
  if (s === undefined) {
    if (clusterNfc.size >= 10_000) clusterNfc.clear();
    clusterNfc.set(cluster, (s = cluster.normalize('NFC')));
  }
  return s;
}

// Each base character with the marks after it is normalized on its own, so that every output
// character maps to a character of the original.
function nfcWithMap(original: string): { text: string; map: Int32Array | null } {
  const text = original.normalize('NFC');
  if (text === original) return { text, map: null };
  let out = '';
  let map = new Int32Array(original.length + 1);
  let n = 0;
  const put = (at: number) => {
    if (n === map.length) {
      const grown = new Int32Array(map.length * 2);
      grown.set(map);
      map = grown;
    }
    map[n++] = at;
  };
  let copyFrom = 0; // start of the run of characters NFC leaves alone, not yet in `out`
  let i = 0;
  while (i < original.length) {
    let j = i + 1;
    while (j < original.length && isMark(original.charCodeAt(j))) j++;
    const c = original.charCodeAt(i);
    const cluster = j === i + 1 ? nfcOfUnit(c) : nfcOfCluster(original.slice(i, j));
    if (j === i + 1 && cluster.length === 1 && cluster.charCodeAt(0) === c) put(i);
    else {
      out += original.slice(copyFrom, i) + cluster;
      copyFrom = j;
      for (let k = 0; k < cluster.length; k++) put(i + Math.min(k, j - i - 1));
    }
    i = j;
  }
  out += original.slice(copyFrom);
  put(original.length);
  return { text: out, map: map.slice(0, n) };
}

const ODD_SPACES = /[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF\t\f\v]/g;

export function normalizeText(original: string): NormalizedText {
  const { text: nfc, map } = nfcWithMap(original);
  const text = normalizeTonePlacement(nfc.replace(ODD_SPACES, ' ').replace(/\r/g, '\n'));
  return { original, text, toOriginal: map ? (i) => map[Math.max(0, Math.min(i, map.length - 1))] : (i) => i };
}
