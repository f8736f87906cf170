import type { LexiconIndex } from '../common/lexicon-index';
import type { DirectiveMention } from '../mentions/directives';
import type { BodyMention, Unit } from '../mentions/units';
import type { PersonnelSentence } from './personnel';

// Which decision an event rests on, and who made it.

// How far a deciding body may stand before its trigger ("HĐND tỉnh đã thông qua nghị quyết miễn nhiệm").
const DECIDER_REACH = 6;

/** The decision of an event: the last one named before the trigger in the sentence, else the first after it. */
export function decisionOf(directives: DirectiveMention[], lex: LexiconIndex, gStart: number, gEnd: number, rEnd: number, s: PersonnelSentence): DirectiveMention | null {
  const inSentence = directives.filter((d) => d.start >= s.start && d.start < s.end && lex.events.decisionKinds.has(d.kind));
  const before = inSentence.filter((d) => d.start < gStart);
  return before[before.length - 1] ?? inSentence.find((d) => d.start >= gEnd && d.start < rEnd) ?? null;
}

/** "Theo quyết định, ông X được bổ nhiệm ...": the decision the article names, when it names only one. */
export function onlyDecision(directives: DirectiveMention[], lex: LexiconIndex): DirectiveMention | null {
  const numbers = new Set(directives.filter((d) => lex.events.decisionKinds.has(d.kind)).map((d) => d.number));
  return numbers.size === 1 ? directives.find((d) => numbers.has(d.number))! : null;
}

/**
 * Who decided: "được HĐND tỉnh bầu", "Ban Thường vụ Tỉnh ủy chỉ định", or the issuer of the decision.
 * `clauseStart` is -1 for a trigger after another one in the sentence.
 */
export function deciderOf(triggerStart: number, clauseStart: number, subjectEnd: number, s: PersonnelSentence, unitAt: (Unit | undefined)[], decision: DirectiveMention | null, lex: LexiconIndex): BodyMention | null {
  // After another clause of the sentence, the bodies before a trigger are that clause's posts
  // ("thôi tham gia Ban Thường vụ Tỉnh ủy và thôi giữ chức ..."): only "được <body> bầu" says who decided.
  const from = subjectEnd >= 0 ? subjectEnd : clauseStart < 0 ? triggerStart : Math.max(clauseStart, triggerStart - DECIDER_REACH, 0);
  for (let i = triggerStart - 1; i >= from; i--) {
    if (s.names.some((n) => i >= n.chainStart && i < n.chainEnd) || /[,;.:]/.test(s.tokens[i].text)) break;
    const u = unitAt[i];
    if (u?.kind === 'body') return u.body;
    const pos = s.loose.find((p) => i >= p.start && i < p.end);
    if (pos?.body) return pos.body;
  }
  const issuer = decision?.issuerId ? lex.bodyById.get(decision.issuerId) : undefined;
  if (!issuer) return null;
  return { entry: issuer, name: issuer.name, level: issuer.level ?? null, word: null, bare: false, place: null, placeProvince: null, needsParent: false, root: issuer, rootLevel: issuer.level ?? null, rootName: issuer.name };
}
