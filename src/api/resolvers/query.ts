import { GraphQLError } from 'graphql';
import type { QueryResolvers } from '../generated/graphql';
import { connection, finderPage, listLimit, pageArgs, pageOf } from '../cursors';
import { fromEnum } from '../enums';
import type { Level, OrganizationKind } from '../../model/facts';
import { findMergeCandidates } from '../../store/careers';
import { today } from '../../tenures';
import { isOneHolderPost } from '../one-holder';
import { stateOf, withSources } from './tenures';
import { selects } from '../selection';
import { organizationName, provinceName } from '../input';
import { directiveFilter, knownOrganization, knownPerson, meetingFilter, placesOf } from './filters';

const notBlank = (value: string, name: string) => {
  if (!value.trim()) throw new GraphQLError(`${name} must not be empty`, { extensions: { code: 'BAD_USER_INPUT' } });
  return value;
};

export const Query: QueryResolvers = {
  search: (_, { text, first }, { store }) => store.search(notBlank(text, 'text'), listLimit(first, 10)),
  person: (_, { id }, { loaders }) => loaders.person.load(id),
  organization: (_, { id }, { loaders }) => loaders.organization.load(id),
  meeting: (_, { id }, { loaders }) => loaders.meeting.load(id),
  directive: (_, { id }, { loaders }) => loaders.directive.load(id),
  people: async (_, { filter, first, after, orderBy }, { store }) => {
    const page = finderPage('people', orderBy, first, after);
    return connection(page, await store.findPeople({ name: filter?.name, province: await provinceName(filter?.province, placesOf(store)), organizationId: filter?.organization }, page));
  },
  organizations: async (_, { filter, first, after, orderBy }, { store }) => {
    const page = finderPage('organizations', orderBy, first, after);
    const f = { name: filter?.name ? organizationName(filter.name) : filter?.name, province: await provinceName(filter?.province, placesOf(store)), kind: filter?.kind ? fromEnum<OrganizationKind>(filter.kind) : null, level: filter?.level ? fromEnum<Level>(filter.level) : null };
    return connection(page, await store.findOrganizations(f, page));
  },
  meetings: async (_, { filter, first, after, orderBy }, { store }) => {
    const page = finderPage('meetings', orderBy, first, after);
    const f = await meetingFilter(filter, store);
    const found = await store.findMeetings(f, page);
    // An empty answer for a name nobody has is a typo, not a fact: say so.
    if (found.totalCount === 0 && !page.after) {
      if (f.chairName) await knownPerson(store, f.chairName, 'chairName');
      if (f.attendeeName) await knownPerson(store, f.attendeeName, 'attendeeName');
    }
    return connection(page, found);
  },
  directives: async (_, { filter, first, after, orderBy }, { store }) => {
    const page = finderPage('directives', orderBy, first, after);
    const f = await directiveFilter(filter, store);
    const found = await store.findDirectives(f, page);
    if (found.totalCount === 0 && !page.after && f.issuer) await knownOrganization(store, f.issuer);
    return connection(page, found);
  },
  holders: async (_, { title, organization, province, asOf, includeUnknown }, ctx, info) => {
    const on = asOf ?? today();
    const org = organization ? organizationName(organization) : null;
    // Every holder over the years is read without sources (a provincial post: 40-60 holders,
    // 2,000 quotes); the few shown have theirs read after, if the query shows them.
    const tenures = await ctx.store.holders({ title: notBlank(title, 'title'), organization: org, province: await provinceName(province, placesOf(ctx.store)), asOf: null, sources: false });
    if (!tenures.length && org) await knownOrganization(ctx.store, org);
    const states = await Promise.all(tenures.map((t) => stateOf(t, on, ctx)));
    const wanted = (s: string) => s === 'HOLDING' || (includeUnknown && s === 'UNKNOWN');
    // HOLDING first, then the sources' silence; within each, the most recently seen first.
    const shown = tenures
      .map((t, i) => ({ t: { ...t, asOf: on }, state: states[i].state }))
      .filter((x) => wanted(x.state))
      .sort((a, b) => Number(a.state !== 'HOLDING') - Number(b.state !== 'HOLDING') || (b.t.lastSeen ?? '').localeCompare(a.t.lastSeen ?? ''))
      .map((x) => x.t);
    return selects(info, 'sources') ? withSources(shown, ctx) : shown;
  },
  mergeCandidates: async (_, { first, after }, { store }) => {
    // Best first, then by the pair's ids, as findMergeCandidates sorts them.
    const page = pageArgs('mergeCandidates', { by: 'score', direction: 'DESC' }, 'score', first, after);
    const all = await findMergeCandidates(store, isOneHolderPost);
    const pair = (id: string) => id.split('\n');
    return connection(page, pageOf(all, page, (c) => ({ key: c.score, id: `${c.a}\n${c.b}` }), (c, at) => {
      const [a, b] = pair(at.id);
      return c.score < Number(at.key) || (c.score === at.key && (c.a.localeCompare(a) || c.b.localeCompare(b)) > 0);
    }));
  },
  connection: (_, { from, to, maxHops }, { store }) => {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 8) {
      throw new GraphQLError(`maxHops must be between 1 and 8 (got ${maxHops})`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return store.shortestConnection(from, to, maxHops);
  },
  network: async (_, { filter }, { store }) => {
    if (filter.limit != null && (filter.limit < 1 || filter.limit > 10000)) {
      throw new GraphQLError(`limit must be between 1 and 10000 (got ${filter.limit})`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    const named = [...(filter.province != null ? [notBlank(filter.province, 'province')] : []), ...(filter.provinces ?? [])];
    if (!named.length) throw new GraphQLError('network needs a province or provinces', { extensions: { code: 'BAD_USER_INPUT' } });
    const provinces = await Promise.all(named.map(async (p) => (await provinceName(p, placesOf(store)))!));
    return store.network({
      provinces, from: filter.from, to: filter.to, limit: filter.limit,
      kinds: filter.kinds?.map((k) => fromEnum<OrganizationKind>(k)),
      levels: filter.levels?.map((l) => fromEnum<Level>(l)),
    });
  },
  provinces: (_, __, { store }) => store.provinces(),
};
