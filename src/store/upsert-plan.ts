// What an upsert of several articles writes, the same for every store: the batches of the
// articles not stored yet (each once), people merged away by an operator replaced by the person
// kept, and the results in input order. Pure; the stores run it inside their transaction.
import type { ArticleFacts } from '../model/facts';
import { articleHash, buildGraphBatch, PERSON_RELATIONSHIPS, type GraphBatch } from './graph-batch';
import type { UpsertResult } from './graph-store';

type Written = Pick<UpsertResult, 'personIds' | 'meetingIds' | 'directiveIds'>;

export function freshBatches(list: ArticleFacts[], present: Set<string>): GraphBatch[] {
  const fresh = new Map<string, GraphBatch>();
  for (const f of list) {
    if (!present.has(f.articleId) && !fresh.has(f.articleId)) fresh.set(f.articleId, buildGraphBatch(f, articleHash(f)));
  }
  return [...fresh.values()];
}

export const personIdsOf = (batches: GraphBatch[]) => [...new Set(batches.flatMap((b) => b.people.map((p) => p.id)))];

/** A person merged away keeps receiving facts under the id kept (`aliases`: merged-away id to kept id). */
export function attachToKeptPeople(batches: GraphBatch[], aliases: Map<string, string>): Map<string, Written> {
  const personId = (id: string) => aliases.get(id) ?? id;
  const written = new Map(batches.map((b): [string, Written] => [b.article.id, {
    personIds: [...new Set(b.people.map((p) => personId(p.id)))], meetingIds: b.meetings.map((m) => m.id), directiveIds: b.directives.map((d) => d.id),
  }]));
  for (const b of batches) {
    b.people = b.people.filter((p) => !aliases.has(p.id));
    for (const rel of PERSON_RELATIONSHIPS) for (const r of b.rels[rel]) r.from = personId(r.from);
    for (const e of b.events) e.personId = personId(e.personId);
  }
  return written;
}

/** One result per input article; an article given twice is created once. */
export function upsertResults(list: ArticleFacts[], written: Map<string, Written>): UpsertResult[] {
  const reported = new Set<string>();
  return list.map((f) => {
    const created = written.has(f.articleId) && !reported.has(f.articleId);
    reported.add(f.articleId);
    const w = written.get(f.articleId);
    return { articleId: f.articleId, created, personIds: w?.personIds ?? [], meetingIds: w?.meetingIds ?? [], directiveIds: w?.directiveIds ?? [] };
  });
}
