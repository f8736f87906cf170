import type { ArticleFacts, ArticleMeta } from '../model/facts';
import type { LexiconIndex } from './common/lexicon-index';
import type { ArticleDocument } from './common/document';
import { normalizeText } from './normalize/unicode';
import { classifyLines } from './clean/lines';
import { segmentSentences } from './segment/sentences';
import { scanUnits } from './mentions/units';
import { findDirectives } from './mentions/directives';
import { resolveChains } from './resolve/chains';
import { articleContext } from './resolve/context';
import { assignRoles } from './roles/participants';
import { assembleFacts, type SentenceReading } from './assemble/facts';

// The extraction stages, in order. Each stage is a pure function of what the previous ones
// produced; only this file knows the order.
//   normalize -> clean -> segment -> mentions -> resolve -> roles -> assemble

export function runPipeline(file: string, text: string, meta: ArticleMeta, lex: LexiconIndex): ArticleFacts {
  const norm = normalizeText(text);
  const cleaned = classifyLines(norm.text, lex);
  const headline = meta.title ?? cleaned.headline;
  const sentences = segmentSentences(norm.text, cleaned.lines, cleaned.headline);
  const doc: ArticleDocument = { file, meta, norm, ...cleaned, headline, sentences };

  const directives = findDirectives(norm.text, lex).filter((d) => sentences.some((s) => s.start <= d.start && d.start < s.end));
  const inDirective = (start: number) => directives.some((d) => d.start <= start && start < d.end);
  const firstBody = sentences.findIndex((s) => !s.isHeadline);
  const readings: SentenceReading[] = sentences.map((s) => {
    // Tokens inside a document number ("Kết luận số 21-KL/TW") are not titles, names or cues.
    const hasDirective = directives.some((d) => d.start < s.end && d.end > s.start);
    const tokens = hasDirective ? s.tokens.map((t) => (inDirective(t.start) ? { ...t, lower: '\u0000', isCap: false, isWord: false } : t)) : s.tokens;
    const units = scanUnits(tokens, lex);
    return { sentence: s, units, isLead: s.isHeadline || (s.index >= firstBody && s.index <= firstBody + 2) };
  });
  const context = articleContext(readings, lex, meta.province ?? null);
  const words = (r: SentenceReading) => r.sentence.tokens.map((t) => t.lower);
  for (const r of readings) {
    const { names, orgs } = resolveChains(r.units, lex, words(r));
    r.names = names;
    r.orgs = orgs;
    r.roles = assignRoles(r.sentence.tokens, names, lex, (t) => inDirective(t.start));
  }
  return assembleFacts(doc, readings, directives, context, lex);
}
