// What an upsert of several articles writes, the same for every store: the batches of the
// articles not stored yet (each once), people merged away by an operator replaced by the person
// kept, and the results in input order. Pure; the stores run it inside their transaction. The
// batches come built (buildGraphBatch), in ingestion by the thread that extracted the article,
// and are never changed here: a group that fails is written again from the same batches.
import type { ArticleFacts } from '../model/facts';
import { articleHash, buildGraphBatch, PERSON_RELATIONSHIPS, type GraphBatch } from './graph-batch';
import type { UpsertResult } from './graph-store';

type Written = Pick<UpsertResult, 'personIds' | 'meetingIds' | 'directiveIds'>;

/** The batch of an article's facts, as every store writes it. */
export const prepareArticle = (facts: ArticleFacts): GraphBatch => buildGraphBatch(facts, articleHash(facts));

export function freshBatches(list: GraphBatch[], present: Set<string>): GraphBatch[] {
  const fresh = new Map<string, GraphBatch>();
  for (const b of list) if (!present.has(b.article.id) && !fresh.has(b.article.id)) fresh.set(b.article.id, b);
  return [...fresh.values()];
}

export const personIdsOf = (batches: GraphBatch[]) => [...new Set(batches.flatMap((b) => b.people.map((p) => p.id)))];

/**
 * A person merged away keeps receiving facts under the id kept (`aliases`: merged-away id to kept
 * id): the batches to write (copies where an alias is replaced) and what each article wrote.
 */
export function attachToKeptPeople(batches: GraphBatch[], aliases: Map<string, string>): { batches: GraphBatch[]; written: Map<string, Written> } {
  const personId = (id: string) => aliases.get(id) ?? id;
  const written = new Map(batches.map((b): [string, Written] => [b.article.id, {
    personIds: [...new Set(b.people.map((p) => personId(p.id)))], meetingIds: b.meetings.map((m) => m.id), directiveIds: b.directives.map((d) => d.id),
  }]));
  if (!aliases.size) return { batches, written };
  const attached = batches.map((b): GraphBatch => {
    const rels = { ...b.rels };
    // Two people of the article may be one person now, and their relationships one: a batch names
    // each relationship once (the writers rely on it), so the first of them stays.
    for (const rel of PERSON_RELATIONSHIPS) {
      const named = new Set<string>();
      (rels[rel] as Array<{ from: string; to: string }>) = b.rels[rel].map((r) => ({ ...r, from: personId(r.from) })).filter((r) => {
        const key = `${r.from}\u0000${r.to}`;
        return !named.has(key) && !!named.add(key);
      });
    }
    return { ...b, people: b.people.filter((p) => !aliases.has(p.id)), rels, events: b.events.map((e) => ({ ...e, personId: personId(e.personId) })) };
  });
  return { batches: attached, written };
}

/** One result per input article; an article given twice is created once. */
export function upsertResults(list: GraphBatch[], written: Map<string, Written>): UpsertResult[] {
  const reported = new Set<string>();
  return list.map(({ article: { id } }) => {
    const created = written.has(id) && !reported.has(id);
    reported.add(id);
    const w = written.get(id);
    return { articleId: id, created, personIds: w?.personIds ?? [], meetingIds: w?.meetingIds ?? [], directiveIds: w?.directiveIds ?? [] };
  });
}
