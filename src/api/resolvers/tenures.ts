// Tenures read against their whole post (bounds, state on a date), personnel events, and merge
// review. Resolvers stay thin: the reasoning is src/tenures, the data comes through loaders.
import type { EventKind, MergeDecision, Resolvers, TenureBasis, TenureState } from '../generated/graphql';
import type { TenureRecord } from '../../store/graph-store';
import { statesOn, today, type Post, type TenureStateOn } from '../../tenures';
import { all, sure, then, type Later } from '../sync';
import type { ApiContext } from '../context';
import { toEnum } from '../enums';

/** A tenure as `holders(asOf:)` returns it: its fields answer for that date unless asked for another. */
export type DatedTenure = TenureRecord & { asOf?: string };

const boundsOf = (t: TenureRecord, ctx: ApiContext) => then(ctx.loaders.post.get(t.positionId), (post) => post.bounds.get(t.personId));

/**
 * The states of a post's holders on a date, worked out once per post and date: each is read from
 * every holder of the post, so asking it anew for each of a post's 60 holders (holders, `current`)
 * was quadratic. A post outlives the request while the store's records of it do (loaders.ts), so
 * a few dates are kept per post (today and the `asOf` dates asked lately), not every date ever asked.
 */
const statesOfPost = new WeakMap<Post, Map<string, ReturnType<typeof statesOn>>>();
const DATES_KEPT = 8;

function postStatesOn(post: Post, asOf: string, staleMonths: number) {
  let byDate = statesOfPost.get(post);
  if (!byDate) statesOfPost.set(post, (byDate = new Map()));
  const key = `${asOf}/${staleMonths}`;
  let states = byDate.get(key);
  if (!states) {
    if (byDate.size >= DATES_KEPT) byDate.delete(byDate.keys().next().value!);
    byDate.set(key, (states = statesOn(post, asOf, staleMonths)));
  }
  return states;
}

export function stateOf(t: DatedTenure, asOf: string | null | undefined, ctx: ApiContext): Later<TenureStateOn> {
  return then(ctx.loaders.post.get(t.positionId), (post) => postStatesOn(post, asOf ?? t.asOf ?? today(), ctx.staleMonths).get(t.personId) ?? UNKNOWN);
}
const UNKNOWN: TenureStateOn = { state: 'UNKNOWN', conflict: false };

/** Tenures read without sources, with them: each person's tenures read whole (a few), through the loader. */
export function withSources<T extends TenureRecord>(tenures: T[], ctx: ApiContext): Later<T[]> {
  return then(all(tenures.map((t) => ctx.loaders.tenuresOfPerson.get(t.personId))), (full) =>
    tenures.map((t, i) => ({ ...t, sources: full[i].find((f) => f.positionId === t.positionId)?.sources ?? [] })));
}

/** `current` is HOLDING today: a title cited once years ago is not current. */
export function onlyCurrent(tenures: TenureRecord[], current: boolean | null | undefined, ctx: ApiContext): Later<TenureRecord[]> {
  if (current == null) return tenures;
  const on = today();
  return then(all(tenures.map((t) => stateOf(t, on, ctx))), (states) => tenures.filter((_, i) => (states[i].state === 'HOLDING') === current));
}

const basis = (b: string | null | undefined) => (b ? (b as TenureBasis) : null);

/** A person in a post; made of the two ids (readable, stable across ingests and stores). */
export const tenureId = (t: Pick<TenureRecord, 'personId' | 'positionId'>) => `tenure/${t.personId}@${t.positionId}`;

export const tenureResolvers: Resolvers = {
  Tenure: {
    id: (t) => tenureId(t),
    start: (t, _, ctx) => then(boundsOf(t, ctx), (b) => b?.start ?? null),
    startBasis: (t, _, ctx) => then(boundsOf(t, ctx), (b) => basis(b?.startBasis)),
    end: (t, _, ctx) => then(boundsOf(t, ctx), (b) => b?.end ?? null),
    endBasis: (t, _, ctx) => then(boundsOf(t, ctx), (b) => basis(b?.endBasis)),
    state: (t, { asOf }, ctx) => then(stateOf(t, asOf, ctx), (s) => s.state as TenureState),
    conflict: (t, { asOf }, ctx) => then(stateOf(t, asOf, ctx), (s) => s.conflict),
    current: (t, _, ctx) => then(stateOf(t, today(), ctx), (s) => s.state === 'HOLDING'),
    events: (t, _, { loaders }) => then(loaders.eventsOfPerson.get(t.personId), (events) => events.filter((e) => e.positionId === t.positionId)),
  },
  Event: {
    kind: (e) => toEnum<EventKind>(e.kind),
    person: (e, _, { loaders }) => sure(loaders.person.get(e.personId)),
    organization: (e, _, { loaders }) => sure(loaders.organization.get(e.organizationId)),
    decidedBy: (e, _, { loaders }) => (e.decidedById ? loaders.organization.get(e.decidedById) : null),
    decision: (e, _, { loaders }) => (e.directiveId ? loaders.directive.get(e.directiveId) : null),
  },
  MergeReview: {
    decision: (r) => r.decision as MergeDecision,
    person: (r, _, { loaders }) => (r.decision === 'SAME' ? loaders.person.get(r.a) : null),
  },
  MergeCandidate: {
    a: (c, _, { loaders }) => sure(loaders.person.get(c.a)),
    b: (c, _, { loaders }) => sure(loaders.person.get(c.b)),
  },
};
