// Tenures read against their whole post (bounds, state on a date), personnel events, and merge
// review. Resolvers stay thin: the reasoning is src/tenures, the data comes through loaders.
import type { EventKind, MergeDecision, Resolvers, TenureBasis, TenureState } from '../generated/graphql';
import type { TenureRecord } from '../../store/graph-store';
import { statesOn, today, type Post } from '../../tenures';
import type { ApiContext } from '../context';
import { toEnum } from '../enums';

/** A tenure as `holders(asOf:)` returns it: its fields answer for that date unless asked for another. */
export type DatedTenure = TenureRecord & { asOf?: string };

const boundsOf = async (t: TenureRecord, ctx: ApiContext) => (await ctx.loaders.post.load(t.positionId)).bounds.get(t.personId);

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

export async function stateOf(t: DatedTenure, asOf: string | null | undefined, ctx: ApiContext) {
  const post = await ctx.loaders.post.load(t.positionId);
  return postStatesOn(post, asOf ?? t.asOf ?? today(), ctx.staleMonths).get(t.personId) ?? { state: 'UNKNOWN' as const, conflict: false };
}

/** Tenures read without sources, with them: each person's tenures read whole (a few), through the loader. */
export async function withSources<T extends TenureRecord>(tenures: T[], ctx: ApiContext): Promise<T[]> {
  const full = await Promise.all(tenures.map((t) => ctx.loaders.tenuresOfPerson.load(t.personId)));
  return tenures.map((t, i) => ({ ...t, sources: full[i].find((f) => f.positionId === t.positionId)?.sources ?? [] }));
}

/** `current` is HOLDING today: a title cited once years ago is not current. */
export async function onlyCurrent(tenures: TenureRecord[], current: boolean | null | undefined, ctx: ApiContext): Promise<TenureRecord[]> {
  if (current == null) return tenures;
  const states = await Promise.all(tenures.map((t) => stateOf(t, today(), ctx)));
  return tenures.filter((_, i) => (states[i].state === 'HOLDING') === current);
}

const basis = (b: string | null | undefined) => (b ? (b as TenureBasis) : null);

/** A person in a post; made of the two ids (readable, stable across ingests and stores). */
export const tenureId = (t: Pick<TenureRecord, 'personId' | 'positionId'>) => `tenure/${t.personId}@${t.positionId}`;

export const tenureResolvers: Resolvers = {
  Tenure: {
    id: (t) => tenureId(t),
    start: async (t, _, ctx) => (await boundsOf(t, ctx))?.start ?? null,
    startBasis: async (t, _, ctx) => basis((await boundsOf(t, ctx))?.startBasis),
    end: async (t, _, ctx) => (await boundsOf(t, ctx))?.end ?? null,
    endBasis: async (t, _, ctx) => basis((await boundsOf(t, ctx))?.endBasis),
    state: async (t, { asOf }, ctx) => (await stateOf(t, asOf, ctx)).state as TenureState,
    conflict: async (t, { asOf }, ctx) => (await stateOf(t, asOf, ctx)).conflict,
    current: async (t, _, ctx) => (await stateOf(t, today(), ctx)).state === 'HOLDING',
    events: async (t, _, { loaders }) => (await loaders.eventsOfPerson.load(t.personId)).filter((e) => e.positionId === t.positionId),
  },
  Event: {
    kind: (e) => toEnum<EventKind>(e.kind),
    person: (e, _, { loaders }) => loaders.person.load(e.personId).then((p) => p!),
    organization: (e, _, { loaders }) => loaders.organization.load(e.organizationId).then((o) => o!),
    decidedBy: (e, _, { loaders }) => (e.decidedById ? loaders.organization.load(e.decidedById) : null),
    decision: (e, _, { loaders }) => (e.directiveId ? loaders.directive.load(e.directiveId) : null),
  },
  MergeReview: {
    decision: (r) => r.decision as MergeDecision,
    person: (r, _, { loaders }) => (r.decision === 'SAME' ? loaders.person.load(r.a) : null),
  },
  MergeCandidate: {
    a: (c, _, { loaders }) => loaders.person.load(c.a).then((p) => p!),
    b: (c, _, { loaders }) => loaders.person.load(c.b).then((p) => p!),
  },
};
