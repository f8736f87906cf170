// The lexicon shipped in src/lexicon/data, read and validated once per process: every stage that
// needs the Vietnamese vocabulary (extraction, the store's places, the API's forgiving filters)
// shares this one copy.
import { loadLexiconData } from './load';
import type { LexiconData } from './schema';

let shipped: LexiconData | null = null;

export function lexiconData(): LexiconData {
  shipped ??= loadLexiconData();
  return shipped;
}

/**
 * The lexicon as another thread of this process read and checked it: a worker thread given it
 * skips reading the YAML again (half a second of CPU each).
 */
export function adoptLexiconData(data: LexiconData): void {
  shipped ??= data;
}

export { loadLexiconData, LexiconError, LEXICON_DIR } from './load';
export type { LexiconData, ProvinceEntry } from './schema';
