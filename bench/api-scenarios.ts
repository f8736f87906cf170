// The scenarios of bench:api (bench/api.ts): each a GraphQL query and the same reads made directly
// against the store, the way the resolvers' loaders make them, and the seeded inputs both are asked
// with. Apart so that other tools (a profile of one scenario) can ask the same questions.
import { graphPopulation } from '../src/generate/graph';
import type { Official } from '../src/generate/population';
import { Rng } from '../src/generate/prng';
import type { GraphStore } from '../src/store/graph-store';
import { personId } from '../src/store/identity';
import { createLoaders } from '../src/api/loaders';
import { statesOn, today } from '../src/tenures';

/** Inputs for each scenario, drawn once so that the API and the store answer the same questions. */
export interface Workload {
  people: string[];
  provinces: string[];
  pairs: Array<[string, string]>;
}

export async function workload(store: GraphStore, { people: PEOPLE, meetings: MEETINGS, seed: SEED }: { people: number; meetings: number; seed: number }): Promise<Workload> {
  const pop = graphPopulation({ people: PEOPLE, meetings: MEETINGS, seed: SEED });
  const rng = new Rng(SEED ^ 0x2545f491);
  const idOf = (o: Official) => personId(o.name, { province: o.group.province.name }, '');
  const people = Array.from({ length: 200 }, () => idOf(rng.pick(pop.people)));
  const provinces = [...new Set(pop.groups.map((g) => g.province.name))];
  // Pairs in one province whose shortest chain is 4 relationships: two shared meetings or a shared body.
  const pairs: Array<[string, string]> = [];
  for (let tries = 0; pairs.length < 20 && tries < 400; tries++) {
    const g = rng.pick(pop.groups);
    const a = idOf(rng.pick(g.members));
    const b = idOf(rng.pick(g.members));
    const path = a === b ? null : await store.shortestConnection(a, b, 8);
    if (path && path.steps.length >= 3 && path.steps.length <= 4) pairs.push([a, b]);
  }
  return { people, provinces, pairs };
}

export interface Scenario {
  name: string;
  query: string;
  variables: (w: Workload, rng: Rng) => Record<string, unknown>;
  /** The same read made against the store, the way the resolvers' loaders batch it. */
  direct: (store: GraphStore, v: Record<string, unknown>) => Promise<unknown>;
}

const uniq = (xs: string[]) => [...new Set(xs)];

export const SCENARIOS: Scenario[] = [
  {
    name: '(a) person with positions and meetings',
    query: `query ($id: ID!) { person(id: $id) { name gender
      positions { title current firstSeen lastSeen organization { name } sources { quote url publishedAt } }
      meetingsChaired(first: 20) { date title }
      meetingsAttended(first: 20) { roles meeting { date title } } } }`,
    variables: (w, rng) => ({ id: rng.pick(w.people) }),
    direct: async (store, v) => {
      const id = String(v.id);
      const [people, tenures, parts] = await Promise.all([store.getPeople([id]), store.tenuresOfPeople([id]), store.participationsOfPeople([id], { sources: false })]); // no Attendance sources shown
      const chaired = parts.filter((p) => p.chair).slice(0, 20).map((p) => p.meetingId);
      const attended = parts.slice(0, 20).map((p) => p.meetingId);
      return Promise.all([
        people,
        store.postHolders(uniq(tenures.map((t) => t.positionId))), // `current` reads each post whole
        store.getOrganizations(uniq(tenures.map((t) => t.organizationId))),
        store.getArticles(uniq(tenures.flatMap((t) => t.sources.map((s) => s.articleId)))),
        store.getMeetings(uniq([...chaired, ...attended])),
      ]);
    },
  },
  {
    name: '(b) 50 meetings with chairs and their positions',
    query: `query ($p: String) { meetings(filter: { province: $p }, first: 50) { totalCount edges { node { date title
      chairs { person { name positions { title organization { name } } } } } } } }`,
    variables: (w, rng) => ({ p: rng.pick(w.provinces) }),
    direct: async (store, v) => {
      const page = await store.findMeetings({ province: String(v.p) }, { limit: 50, offset: 0 });
      const parts = page.items.length ? await store.participationsOfMeetings(page.items.map((m) => m.id), { sources: false }) : [];
      const chairs = uniq(parts.filter((p) => p.chair).map((p) => p.personId));
      if (!chairs.length) return page;
      // The query shows no sources of the chairs or their titles, so the loaders read them without (no quotes).
      const [people, tenures] = await Promise.all([store.getPeople(chairs), store.tenuresOfPeople(chairs, { sources: false, citations: false })]);
      return [people, await store.getOrganizations(uniq(tenures.map((t) => t.organizationId)))];
    },
  },
  {
    name: '(c) holders of a title in a province',
    query: `query ($p: String) { holders(title: "Phó Bí thư Thường trực", province: $p) { title current firstSeen lastSeen
      person { name } organization { name } sources { quote } } }`,
    variables: (w, rng) => ({ p: rng.pick(w.provinces) }),
    direct: async (store, v) => {
      // As the resolver: every holder without sources, their posts' states today (the `post`
      // loader: postHolders and the bodies' kinds), then the holding ones' people, bodies and sources.
      const tenures = await store.holders({ title: 'Phó Bí thư Thường trực', province: String(v.p), sources: false });
      if (!tenures.length) return tenures;
      const loaders = createLoaders(store);
      const on = today();
      const posts = await loaders.post.loadMany(uniq(tenures.map((t) => t.positionId)));
      const states = new Map(posts.map((p) => (p instanceof Error ? null : [p.positionId, statesOn(p, on)] as const)).filter((x) => x !== null));
      const shown = tenures.filter((t) => states.get(t.positionId)?.get(t.personId)?.state === 'HOLDING');
      if (!shown.length) return shown;
      return Promise.all([
        store.getPeople(uniq(shown.map((t) => t.personId))),
        loaders.organization.loadMany(uniq(shown.map((t) => t.organizationId))),
        store.tenuresOfPeople(uniq(shown.map((t) => t.personId))),
      ]);
    },
  },
  {
    name: '(d) connection, 4 relationships apart',
    query: `query ($a: ID!, $b: ID!) { connection(from: $a, to: $b, maxHops: 4) { length nodes { id kind label } steps { relation sources { quote } } } }`,
    variables: (w, rng) => {
      const [a, b] = rng.pick(w.pairs);
      return { a, b };
    },
    direct: (store, v) => store.shortestConnection(String(v.a), String(v.b), 4),
  },
];

/** What every request pays before any store read: the HTTP layer alone, then GraphQL with nothing to read. */
export const FLOOR: Scenario[] = [
  { name: 'GET /healthz', query: '/healthz', variables: () => ({}), direct: async () => null },
  { name: 'POST /graphql `{ __typename }`', query: '{ __typename }', variables: () => ({}), direct: async () => null },
];
