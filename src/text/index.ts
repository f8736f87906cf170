// Text helpers that several stages need (extract, lexicon, store, api, export). Imports nothing
// of theirs.
export { fold, hasVowel, slug } from './fold';
export { nameKey } from './names';
export { normalizeTonePlacement } from './tones';
export { editDistance, nearest } from './distance';
export { memo } from './memo';
export { spaceSeparators } from './separators';
