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

export { loadLexiconData, LexiconError, LEXICON_DIR } from './load';
export type { LexiconData, ProvinceEntry } from './schema';
