import type { ArticleFacts, ArticleMeta } from '../model/facts';
import type { LexiconIndex } from './common/lexicon-index';
import type { ArticleDocument } from './common/document';
import { normalizeText } from './normalize/unicode';
import { classifyLines } from './clean/lines';
import { blankDebris } from './clean/debris';
import { segmentSentences } from './segment/sentences';
import { leadEnd } from './segment/lead';
import { scanUnits } from './mentions/units';
import { findDirectives } from './mentions/directives';
import { articlePlaceNames, withoutPlaceNamedRuns } from './mentions/place-named-runs';
import { withShortNames } from './mentions/short-names';
import { resolveChains, positionsIn, listHeadingTitles, type PositionMention } from './resolve/chains';
import { shareHeadingTitles } from './resolve/listed-lines';
import { articleContext } from './resolve/context';
import { hostProvince, leadDate, siteOf, siteProvince } from './resolve/site-province';
import { assignRoles, leadMeetingKinds } from './roles/participants';
import { assembleFacts, type SentenceReading } from './assemble/facts';
import { readArticlePersonnel, withEvents } from './events/article-events';
import { rolesBesideDecisions } from './events/decision-subjects';
import { personnelWords } from './events/personnel';
import { NO_WORD } from './common/tokens';

// The extraction stages, in order. Each stage is a pure function of what the previous ones
// produced; only this file knows the order.
//   normalize -> clean -> segment -> mentions (with short names) -> resolve -> events (personnel clauses) -> roles -> assemble -> events (facts)

export function runPipeline(file: string, text: string, meta: ArticleMeta, lex: LexiconIndex): ArticleFacts {
  const normalized = normalizeText(text);
  const norm = { ...normalized, text: blankDebris(normalized.text, lex) };
  const cleaned = classifyLines(norm.text, lex);
  const headline = meta.title ?? cleaned.headline;
  const sentences = segmentSentences(norm.text, cleaned.lines, cleaned.headline);
  const doc: ArticleDocument = { file, meta, norm, ...cleaned, headline, sentences };

  // Position maps instead of searching lists: a page of thousands of document numbers stays linear.
  const inSentence = new Uint8Array(norm.text.length + 1);
  for (const s of sentences) inSentence.fill(1, s.start, s.end);
  const directives = findDirectives(norm.text, lex).filter((d) => inSentence[d.start]);
  const inDocument = new Uint8Array(norm.text.length + 1);
  for (const d of directives) inDocument.fill(1, d.start, d.end);
  const inDirective = (start: number) => inDocument[start] === 1;
  const firstBody = sentences.findIndex((s) => !s.isHeadline);
  const lastLead = leadEnd(sentences, norm.text, (s) => cleaned.lines[s.line].text.length);
  const readings: SentenceReading[] = sentences.map((s) => {
    // Tokens inside a document number ("Kết luận số 21-KL/TW") are not titles, names or cues, nor
    // is "vụ" in "chức vụ Trưởng ban" the title "Vụ trưởng".
    const hasDirective = inDocument.subarray(s.start, s.end).includes(1);
    const { states, connectors } = personnelWords(s.tokens, lex);
    const tokens =
      hasDirective || connectors.size
        ? s.tokens.map((t, i) => (connectors.has(i) || (hasDirective && inDirective(t.start)) ? { ...t, lower: '\u0000', id: NO_WORD, isCap: false, isWord: false } : t))
        : s.tokens;
    const units = scanUnits(tokens, lex);
    const isLead = s.isHeadline || (s.index >= firstBody && s.index <= lastLead);
    return { sentence: s, units, isLead, statesEvents: states, meetingKinds: isLead ? lex.meetingKinds.scan(s.tokens) : [] };
  });
  const places = articlePlaceNames(readings.map((r) => r.units));
  for (const r of readings) r.units = withoutPlaceNamedRuns(r.units, places);
  withShortNames(readings.map((r) => ({ units: r.units, tokens: r.sentence.tokens }))).forEach((units, i) => (readings[i].units = units));
  const site = siteOf(meta.url, lex);
  // An undated page still dates itself by its lead ("Ngày 16/01/2026, UBND xã ..."): enough to tell a
  // merged province's old site from its successor's.
  const pageDate = meta.publishedAt ?? cleaned.datelineDate ?? cleaned.datelineMonth ?? leadDate(readings, norm.text);
  const context = articleContext(readings, lex, meta.province ?? null, siteProvince(site, pageDate, lex, site ? null : hostProvince(meta.url, lex)));
  const loose: PositionMention[][] = [];
  for (const r of readings) {
    const words = r.sentence.tokens.map((t) => t.lower);
    const { names, orgs, loose: unclaimed } = resolveChains(r.units, lex, words);
    r.names = names;
    r.orgs = orgs;
    // A sentence that names nobody can still confer a post on people listed in the next one.
    loose.push(names.length || !r.statesEvents ? unclaimed : positionsIn(r.units, lex, words));
  }
  shareHeadingTitles(readings, (i) => listHeadingTitles(readings[i].units, lex, readings[i].sentence.tokens.map((t) => t.lower)));
  const personnel = readArticlePersonnel(readings, loose, norm.text, directives, lex);
  const kinds = leadMeetingKinds(readings);
  readings.forEach((r, i) => {
    r.roles = rolesBesideDecisions(assignRoles(r.sentence.tokens, r.names!, lex, (t) => inDirective(t.start), kinds), personnel[i]);
  });
  const facts = withEvents(assembleFacts(doc, readings, directives, context, lex), personnel, doc, readings, context, lex);
  return site && !facts.source ? { ...facts, source: site.publisher } : facts;
}
