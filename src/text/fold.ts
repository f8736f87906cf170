// Folding is for finding, never for deciding identity: "le thi thuy" finds Lê Thị Thủy and
// Lê Thị Thúy alike, which is what a search box should do and what a person key must not do.

import { memo } from './memo';

/** Folds case, diacritics and đ: the key for searching names and places ("le thi thuy"). Remembered:
 * the same names and places are folded for every article. */
export const fold = memo((s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim(),
);

/** "Thanh Hóa" -> "thanh-hoa"; the folded, dashed form readable keys are built from. */
export function slug(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Every Vietnamese syllable has a vowel: a word without one ("Th", "N") is a word cut short, or an initial. */
export const hasVowel = (word: string): boolean => /[aeiouy]/.test(fold(word));
