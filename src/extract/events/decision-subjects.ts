import type { RoleAssignment } from '../roles/participants';
import type { PersonnelReading } from './personnel';

// The subject of a decision is not a speaker or a participant: "Tại hội nghị, công bố quyết định
// chỉ định ông X ..." or "chúc mừng ông X được bầu ..." say what happened to X, not what X did.
// X takes part only where the sentence says X acted (a cue right after X's name and titles: "ông X,
// tân Chủ tịch UBND xã, phát biểu") or was handed the decision ("trao quyết định cho ông X").

// Tokens allowed between a subject's titles and a cue that is the subject's own action ("X, đã phát biểu").
const ACTOR_GAP = 2;

export function rolesBesideDecisions(roles: RoleAssignment[], personnel: PersonnelReading): RoleAssignment[] {
  if (!personnel.events.length && !personnel.mentioned.length && !personnel.recipients.length) return roles;
  const subjects = new Set([...personnel.events.flatMap((e) => e.persons), ...personnel.mentioned]);
  // "bầu ông X tham gia Ủy ban Kiểm tra": a cue word inside the clause is part of the decision.
  const inClause = (cue: number) => personnel.events.some((e) => cue >= e.start && cue < e.clauseEnd);
  const actsAfter = (a: RoleAssignment) => a.cue >= a.name.chainEnd && a.cue - a.name.chainEnd <= ACTOR_GAP && !inClause(a.cue);
  const kept = roles.filter((a) => !subjects.has(a.name) || actsAfter(a));
  for (const n of personnel.recipients)
    if (!kept.some((a) => a.name === n)) kept.push({ name: n, role: 'ATTENDED', weak: false, cue: n.chainEnd });
  return kept;
}
