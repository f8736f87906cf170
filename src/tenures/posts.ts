// A post is read as a whole: a holder's end can come from a successor's first citation, and two
// HOLDING holders of a one-holder post are a contradiction to flag. So every question about one
// tenure (its bounds, its state on a date) is answered from all holders of its post at once.
import type { TenureEventKind, HolderHistory, TenureBounds, TenureCitation } from './bounds';
import { tenureBounds } from './bounds';
import { DEFAULT_STALE_MONTHS, postStates, type TenureState } from './state';

export interface PostTenure {
  personId: string;
  positionId: string;
  citations: TenureCitation[];
}

export interface PostEvent {
  personId: string;
  positionId: string;
  kind: TenureEventKind;
  date: string | null;
}

export interface Post {
  positionId: string;
  oneHolder: boolean;
  histories: HolderHistory[];
  bounds: Map<string, TenureBounds>;
}

export interface TenureStateOn {
  state: TenureState;
  conflict: boolean;
}

/** Every post of the tenures, with bounds for each holder. `oneHolder` says which posts have one holder at a time. */
export function readPosts(tenures: PostTenure[], events: PostEvent[], oneHolder: (positionId: string) => boolean): Map<string, Post> {
  const histories = new Map<string, Map<string, HolderHistory>>();
  const historyOf = (positionId: string, personId: string) => {
    let post = histories.get(positionId);
    if (!post) histories.set(positionId, (post = new Map()));
    let h = post.get(personId);
    if (!h) post.set(personId, (h = { personId, citations: [], events: [] }));
    return h;
  };
  for (const t of tenures) historyOf(t.positionId, t.personId).citations.push(...t.citations);
  // An event about a post nobody is cited in still bounds that person's tenure of it.
  for (const e of events) historyOf(e.positionId, e.personId).events.push({ kind: e.kind, date: e.date });
  const posts = new Map<string, Post>();
  for (const [positionId, byPerson] of histories) {
    const list = [...byPerson.values()];
    const one = oneHolder(positionId);
    posts.set(positionId, { positionId, oneHolder: one, histories: list, bounds: new Map(tenureBounds(list, one).map((b) => [b.personId, b])) });
  }
  return posts;
}

/** State of every holder of a post on a date. */
export function statesOn(post: Post, asOf: string, staleMonths = DEFAULT_STALE_MONTHS): Map<string, TenureStateOn> {
  const states = postStates(post.histories, [...post.bounds.values()], post.oneHolder, asOf, staleMonths);
  return new Map(states.map((s) => [s.personId, { state: s.state, conflict: s.conflict }]));
}

/** Today as the API's default `asOf`, in UTC like every stored date. */
export const today = (now = new Date()) => now.toISOString().slice(0, 10);
