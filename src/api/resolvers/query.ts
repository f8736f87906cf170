import { GraphQLError } from 'graphql';
import type { QueryResolvers } from '../generated/graphql';
import { connection, listLimit, pageArgs } from '../cursors';
import { fromEnum } from '../enums';
import type { Level, OrganizationKind } from '../../model/facts';
import type { GraphStore } from '../../store/graph-store';
import { directiveKind, organizationName, provinceName } from '../input';

const notBlank = (value: string, name: string) => {
  if (!value.trim()) throw new GraphQLError(`${name} must not be empty`, { extensions: { code: 'BAD_USER_INPUT' } });
  return value;
};

/** An organization name that names nothing in the graph is an error with the nearest names in it. */
async function knownOrganization(store: GraphStore, name: string): Promise<void> {
  if ((await store.findOrganizations({ name }, { limit: 1, offset: 0 })).totalCount > 0) return;
  const near = (await store.search(name, 10)).filter((h) => h.kind === 'ORGANIZATION').slice(0, 3).map((h) => `"${h.label}"`);
  throw new GraphQLError(`no organization named "${name}" in the graph${near.length ? `: did you mean ${near.join(', ')}?` : ''}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

export const Query: QueryResolvers = {
  search: (_, { text, first }, { store }) => store.search(notBlank(text, 'text'), listLimit(first, 10)),
  person: (_, { id }, { loaders }) => loaders.person.load(id),
  organization: (_, { id }, { loaders }) => loaders.organization.load(id),
  meeting: (_, { id }, { loaders }) => loaders.meeting.load(id),
  directive: (_, { id }, { loaders }) => loaders.directive.load(id),
  people: async (_, { filter, first, after }, { store }) => {
    const page = pageArgs(first, after);
    return connection(page, await store.findPeople({ name: filter?.name, province: provinceName(filter?.province), organizationId: filter?.organization }, page));
  },
  organizations: async (_, { filter, first, after }, { store }) => {
    const page = pageArgs(first, after);
    const f = { name: filter?.name ? organizationName(filter.name) : filter?.name, province: provinceName(filter?.province), kind: filter?.kind ? fromEnum<OrganizationKind>(filter.kind) : null, level: filter?.level ? fromEnum<Level>(filter.level) : null };
    return connection(page, await store.findOrganizations(f, page));
  },
  meetings: async (_, { filter, first, after }, { store }) => {
    const page = pageArgs(first, after);
    return connection(page, await store.findMeetings({ ...filter, province: provinceName(filter?.province), organizationId: filter?.organization }, page));
  },
  directives: async (_, { filter, first, after }, { store }) => {
    const page = pageArgs(first, after);
    return connection(page, await store.findDirectives({ ...filter, kind: directiveKind(filter?.kind) }, page));
  },
  holders: async (_, args, { store }) => {
    const organization = args.organization ? organizationName(args.organization) : null;
    const found = await store.holders({ ...args, title: notBlank(args.title, 'title'), province: provinceName(args.province), organization });
    if (!found.length && organization) await knownOrganization(store, organization);
    return found;
  },
  connection: (_, { from, to, maxHops }, { store }) => {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 8) {
      throw new GraphQLError(`maxHops must be between 1 and 8 (got ${maxHops})`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return store.shortestConnection(from, to, maxHops);
  },
  network: (_, { filter }, { store }) => {
    if (filter.limit != null && (filter.limit < 1 || filter.limit > 10000)) {
      throw new GraphQLError(`limit must be between 1 and 10000 (got ${filter.limit})`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return store.network({
      ...filter,
      province: provinceName(notBlank(filter.province, 'province'))!,
      kinds: filter.kinds?.map((k) => fromEnum<OrganizationKind>(k)),
      levels: filter.levels?.map((l) => fromEnum<Level>(l)),
    });
  },
  provinces: (_, __, { store }) => store.provinces(),
};
