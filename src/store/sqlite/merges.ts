// Merging two records of one person, and undoing it. Each function runs inside the store's write
// transaction (sqlite-store.ts) and does all of its work there: a merge first writes down in
// merge_log everything it is about to move, so that unmerging can put back exactly that, even after
// later articles added evidence to the kept person.
import { CadreError } from '../../model/errors';
import type { GraphWriter } from './graph-writer';
import type { Row, Statements } from './statements';

/** Everything a merge moved, as merge_log keeps it. */
interface MergeSnapshot {
  person: Row & { folded: string };
  keptGender: string | null;
  aliases: string[];
  evidence: Array<{ type: string; dst: string; articleId: string; quote: string; seen: string | null; status: string | null; roles: number; kept: boolean }>;
  events: string[];
}

/** Moves `dropId` onto `keepId`: its relationships, evidence, events and aliases; the record merged away is deleted. */
export function mergePerson(sql: Statements, keepId: string, dropId: string): void {
  const found = sql.all('get-people', { ids: [keepId, dropId] });
  for (const id of [keepId, dropId]) {
    if (!found.some((r) => r.id === id)) throw new CadreError('NOT_FOUND', `no person with id ${id}`);
  }
  const moved = sql.all('aliases-of', { id: dropId }).map((r) => String(r.alias));
  const snapshot: MergeSnapshot = {
    person: sql.get('person-row', { id: dropId }) as MergeSnapshot['person'],
    keptGender: (sql.get('person-row', { id: keepId })!.gender as string | null) ?? null,
    aliases: moved,
    evidence: sql.all('person-edges', { keepId, dropId }).map((r) => ({ ...r, kept: Number(r.kept) === 1 })) as MergeSnapshot['evidence'],
    events: sql.all('event-ids-of-person', { id: dropId }).map((r) => String(r.id)),
  };
  sql.run('insert-merge-log', { alias: dropId, kept: keepId, snapshot: JSON.stringify(snapshot), mergedAt: new Date().toISOString() });
  sql.run('register-node', { id: keepId });
  sql.run('move-person-edges', { keepId, dropId });
  sql.run('move-person-evidence', { keepId, dropId });
  sql.run('delete-person-edges', { dropId });
  sql.run('move-person-events', { keepId, dropId });
  // The kept person's aliases, then the id merged away, then the ids merged into that one.
  sql.run('delete-aliases', { id: dropId });
  for (const alias of [dropId, ...moved]) sql.run('insert-alias', { alias, id: keepId });
  sql.run('keep-gender', { keepId, dropId });
  sql.run('delete-person', { id: dropId });
  sql.run('unindex-name', { id: dropId });
}

/** Puts back the person merged away as `aliasId`, as merge_log recorded it; returns the kept person's id. */
export function unmergePerson(sql: Statements, writer: GraphWriter, aliasId: string): string {
  const log = sql.get('merge-log', { alias: aliasId });
  if (!log) throw new CadreError('NOT_FOUND', `${aliasId} was not merged into anyone (or the merge was made before merges were recorded)`);
  const keepId = String(log.kept);
  if (sql.get('resolve-aliases', { ids: [keepId] })) throw new CadreError('CONFLICT', `${keepId} was itself merged since: undo that merge first`);
  const snap = JSON.parse(String(log.snapshot)) as MergeSnapshot;
  sql.run('restore-person', snap.person);
  sql.run('index-name', { id: aliasId, kind: 'PERSON', folded: snap.person.folded });
  for (const v of snap.evidence) {
    writer.evidence(writer.edge(v.type, aliasId, v.dst), v.articleId, v.quote, v.seen, v.status, v.roles);
    if (!v.kept) sql.run('delete-kept-evidence', { type: v.type, keepId, dst: v.dst, articleId: v.articleId });
  }
  sql.run('delete-bare-edges', { keepId });
  sql.run('move-events-back', { alias: aliasId, ids: snap.events });
  for (const alias of [aliasId, ...snap.aliases]) sql.run('delete-alias', { alias });
  for (const alias of snap.aliases) sql.run('insert-alias', { alias, id: aliasId });
  sql.run('set-gender', { id: keepId, gender: snap.keptGender });
  sql.run('delete-merge-log', { alias: aliasId });
  // Undone is undecided: the pair is suggested again.
  const [a, b] = [keepId, aliasId].sort();
  sql.run('insert-merge-review', { a, b, decision: 'UNDECIDED', note: 'merge undone', reviewer: null, decidedAt: new Date().toISOString() });
  return keepId;
}
