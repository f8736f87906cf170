import type { NormalizedText } from '../normalize/unicode';
import type { Token } from './tokens';
import type { ArticleMeta } from '../../model/facts';

// What the stages pass along. Offsets are into the normalized text; `norm.toOriginal` maps back.

export type LineKind = 'content' | 'boilerplate' | 'byline' | 'dateline' | 'duplicate' | 'after-end';

export interface Line {
  start: number;
  end: number;
  text: string;
  kind: LineKind;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  /** Index of the line it came from, and whether that line is the headline. */
  line: number;
  isHeadline: boolean;
}

export interface ArticleDocument {
  file: string;
  meta: ArticleMeta;
  norm: NormalizedText;
  lines: Line[];
  headline: string | null;
  /** Publication date read from a dateline in the page ("20:36 22/03/2024"), ISO. */
  datelineDate: string | null;
  /** "YYYY-MM" when a dateline gives only the year and month. */
  datelineMonth: string | null;
  authors: string[];
  sentences: Sentence[];
}
