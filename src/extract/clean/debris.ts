import type { LexiconIndex } from '../common/lexicon-index';

// Debris inside lines (boilerplate.yaml `inline`): image markup a page dump left in the text, photo
// credits after a caption. It is blanked with spaces of the same length, so every offset into the
// text still points at the same character of the original and quotes come out whole.

export function blankDebris(text: string, lex: LexiconIndex): string {
  const re = lex.inlineDebris;
  if (!re) return text;
  re.lastIndex = 0;
  return text.replace(re, (m) => m.replace(/[^\n]/g, ' '));
}
