// One DataLoader per lookup and per relationship list, created for each request: every
// resolver at one level of a query asks its loader, and the loader asks the store once for all
// of them. This is what keeps "50 meetings with their chairs and the chairs' titles" at a
// handful of store calls.
import DataLoader from 'dataloader';
import type { GraphStore, PostHolderRecord, SourceRef } from '../store/graph-store';
import { readPosts, summaryCitations, type Post } from '../tenures';
import { isOneHolderPost } from './one-holder';
import type { Later } from './sync';

/**
 * A DataLoader that also answers synchronously what it has already read: `get` returns the value
 * itself once its batch has come back (a promise before), so that resolvers reading data already
 * loaded (by an earlier level, or by prefetch.ts) return plain values and graphql-js completes
 * what lies below them without promise chains. A key whose read failed stays with DataLoader.
 */
export class Loader<K, V> {
  private readonly ready = new Map<K, V>();
  private readonly loader: DataLoader<K, V>;

  constructor(batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>) {
    this.loader = new DataLoader<K, V>(async (keys) => {
      const values = await batch(keys);
      keys.forEach((k, i) => {
        const v = values[i];
        if (!(v instanceof Error)) this.ready.set(k, v);
      });
      return values;
    });
  }

  /** The value now if it has been read, else the promise of it. */
  get(key: K): Later<V> {
    const v = this.ready.get(key);
    return v !== undefined || this.ready.has(key) ? (v as V) : this.loader.load(key);
  }

  /** Several values, now if every one has been read; a failed read is an Error in its place. */
  getMany(keys: readonly K[]): Later<Array<V | Error>> {
    return keys.every((k) => this.ready.has(k)) ? keys.map((k) => this.ready.get(k) as V) : this.loader.loadMany(keys);
  }

  load(key: K): Promise<V> {
    return this.loader.load(key);
  }

  loadMany(keys: readonly K[]): Promise<Array<V | Error>> {
    return this.loader.loadMany(keys);
  }
}

/** Groups rows by owner, in the order of the keys asked for. */
function groupBy<T>(keys: readonly string[], rows: T[], owner: (row: T) => string): T[][] {
  const byOwner = new Map<string, T[]>();
  for (const row of rows) {
    const k = owner(row);
    const list = byOwner.get(k);
    if (list) list.push(row);
    else byOwner.set(k, [row]);
  }
  return keys.map((k) => byOwner.get(k) ?? []);
}

function byId<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>) {
  return new Loader<string, T | null>(async (ids) => {
    const found = new Map((await fetch(ids)).map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

function listOf<T>(fetch: (ids: readonly string[]) => Promise<T[]>, owner: (row: T) => string) {
  return new Loader<string, T[]>(async (ids) => groupBy(ids, await fetch(ids), owner));
}

const LEAN = { sources: false, citations: false };

/**
 * Posts worked out from their holders' records, for as long as the store hands out the same
 * records. The SQLite store shares a post's records between reads until the graph is written
 * (sqlite/post-cache.ts: the records are read-only), so the same first record means the same
 * holders, titles and bodies, and the bounds and states worked out from them hold: a person's
 * three titles no longer re-read their posts' 100-2,000 holders on every request. A store that
 * makes new records on each read (Neo4j) gets a new post each time, and an entry goes with its records.
 */
const remembered = new WeakMap<PostHolderRecord, Post>();

export function createLoaders(store: GraphStore) {
  const loaders = {
    person: new Loader<string, Awaited<ReturnType<GraphStore['getPeople']>>[number] | null>(async (ids) => {
      const people = await store.getPeople(ids);
      const byId = new Map(people.map((p) => [p.id, p]));
      // A merged-away id answers with the person it was merged into (the first one listed, as the store orders them).
      const byAlias = new Map(people.flatMap((p) => p.aliases.map((a) => [a, p] as const)).reverse());
      return ids.map((id) => byId.get(id) ?? byAlias.get(id) ?? null);
    }),
    organization: byId((ids) => store.getOrganizations(ids)),
    meeting: byId((ids) => store.getMeetings(ids)),
    directive: byId((ids) => store.getDirectives(ids)),
    locality: byId((ids) => store.getLocalities(ids)),
    article: byId((ids) => store.getArticles(ids)),
    tenuresOfPerson: listOf((ids) => store.tenuresOfPeople(ids), (t) => t.personId),
    tenuresOfOrganization: listOf((ids) => store.tenuresOfOrganizations(ids), (t) => t.organizationId),
    // The same tenures without their sources, for queries that do not ask for them (no quotes read),
    // nor their citations: the API shows a tenure's days seen and status, its bounds and states
    // come from the post (below).
    titlesOfPerson: listOf((ids) => store.tenuresOfPeople(ids, LEAN), (t) => t.personId),
    titlesOfOrganization: listOf((ids) => store.tenuresOfOrganizations(ids, LEAN), (t) => t.organizationId),
    participationsOfMeeting: listOf((ids) => store.participationsOfMeetings(ids), (p) => p.meetingId),
    participationsOfPerson: listOf((ids) => store.participationsOfPeople(ids), (p) => p.personId),
    // The same participations without their sources, for queries that show none (chairs, roles).
    rolesOfMeeting: listOf((ids) => store.participationsOfMeetings(ids, { sources: false }), (p) => p.meetingId),
    rolesOfPerson: listOf((ids) => store.participationsOfPeople(ids, { sources: false }), (p) => p.personId),
    colleaguesOfPerson: listOf((ids) => store.colleaguesOfPeople(ids, 50), (c) => c.personId),
    organizationsOfMeeting: listOf((ids) => store.organizationsOfMeetings(ids), (r) => r.meetingId),
    directivesOfMeeting: listOf((ids) => store.directivesOfMeetings(ids), (r) => r.meetingId),
    meetingsOfDirective: listOf((ids) => store.meetingsOfDirectives(ids), (r) => r.directiveId),
    meetingsOfOrganization: listOf((ids) => store.meetingsOfOrganizations(ids), (r) => r.organizationId),
    sourcesOfMeeting: listOf((ids) => store.sourcesOfMeetings(ids), (r) => r.meetingId),
    sourcesOfPerson: listOf((ids) => store.sourcesOfPeople(ids), (r) => r.personId),
    sourcesOfDirective: listOf((ids) => store.sourcesOfDirectives(ids), (r) => r.directiveId),
    eventsOfPerson: listOf((ids) => store.eventsOfPeople(ids), (e) => e.personId),
    // Every holder of the post with their bounds: a tenure's end may be a successor's first sighting.
    // Read lean (citations summed up in the store, no sources): a post can have thousands of holders.
    post: new Loader<string, Post>(async (positionIds) => {
      const holders = await store.postHolders(positionIds);
      const byPost = groupBy(positionIds, holders, (h) => h.positionId);
      const fresh = byPost.filter((list) => list.length && !remembered.has(list[0]));
      if (fresh.length) {
        const rows = fresh.flat();
        const orgs = await loaders.organization.loadMany([...new Set(rows.map((h) => h.organizationId))]);
        const kindOf = new Map(orgs.flatMap((o) => (o && !(o instanceof Error) ? [[o.id, o.kind] as const] : [])));
        const titleOf = new Map(rows.map((h) => [h.positionId, { title: h.title, kind: kindOf.get(h.organizationId) ?? null }]));
        const tenures = rows.map((h) => ({ personId: h.personId, positionId: h.positionId, citations: summaryCitations(h) }));
        const events = rows.flatMap((h) => h.events.map((e) => ({ personId: h.personId, positionId: h.positionId, ...e })));
        const posts = readPosts(tenures, events, (id) => {
          const p = titleOf.get(id);
          return !!p && isOneHolderPost(p.title, p.kind);
        });
        for (const list of fresh) remembered.set(list[0], posts.get(list[0].positionId)!);
      }
      return positionIds.map((id, i) => (byPost[i].length ? remembered.get(byPost[i][0])! : { positionId: id, oneHolder: false, histories: [], bounds: new Map() }));
    }),
  };
  return loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;

export const sourceRefs = (rows: Array<{ source: SourceRef }>) => rows.map((r) => r.source);
