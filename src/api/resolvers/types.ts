// Field resolvers of the object types: each one asks this request's loaders, never the store
// directly, so that a list of N objects costs one store call per field, not N.
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context';
import type { Level, OrganizationKind, Resolvers, TenureStatus } from '../generated/graphql';
import type { ParticipationRecord, SourceRef } from '../../store/graph-store';
import { listLimit } from '../cursors';
import { toEnum } from '../enums';
import { sourceRefs } from '../loaders';
import { selects } from '../selection';
import { onlyCurrent } from './tenures';

const present = <T>(items: Array<T | null | Error>): T[] => items.filter((x): x is T => x !== null && !(x instanceof Error));
const roles = (p: ParticipationRecord) => p.roles;
// Tenures with their sources (and quotes) read only when the query shows them.
const tenuresOfPerson = (id: string, { loaders }: ApiContext, info: GraphQLResolveInfo) =>
  (selects(info, 'sources') ? loaders.tenuresOfPerson : loaders.titlesOfPerson).load(id);
const tenuresOfOrganization = (id: string, { loaders }: ApiContext, info: GraphQLResolveInfo) =>
  (selects(info, 'sources') ? loaders.tenuresOfOrganization : loaders.titlesOfOrganization).load(id);
// Participations (Attendance) likewise; a list of meetings shows none of them.
const participationsOfMeeting = (id: string, { loaders }: ApiContext, info: GraphQLResolveInfo) =>
  (selects(info, 'sources') ? loaders.participationsOfMeeting : loaders.rolesOfMeeting).load(id);
const participationsOfPerson = (id: string, { loaders }: ApiContext, info: GraphQLResolveInfo) =>
  (selects(info, 'sources') ? loaders.participationsOfPerson : loaders.rolesOfPerson).load(id);

export const types: Resolvers = {
  Person: {
    positions: async (p, { current }, ctx, info) => onlyCurrent(await tenuresOfPerson(p.id, ctx, info), current, ctx),
    events: (p, _, { loaders }) => loaders.eventsOfPerson.load(p.id),
    career: async (p, _, ctx, info) => {
      const tenures = await tenuresOfPerson(p.id, ctx, info);
      const starts = await Promise.all(tenures.map(async (t) => (await ctx.loaders.post.load(t.positionId)).bounds.get(t.personId)?.start ?? '9999'));
      return tenures.map((t, i) => ({ t, start: starts[i] })).sort((a, b) => a.start.localeCompare(b.start) || a.t.title.localeCompare(b.t.title)).map((x) => x.t);
    },
    meetingsChaired: async (p, { first }, { loaders }) => {
      const chaired = (await loaders.rolesOfPerson.load(p.id)).filter((x) => x.chair).slice(0, listLimit(first));
      return present(await loaders.meeting.loadMany(chaired.map((x) => x.meetingId)));
    },
    meetingsAttended: async (p, { first }, ctx, info) => (await participationsOfPerson(p.id, ctx, info)).slice(0, listLimit(first)),
    colleagues: async (p, { first }, { loaders }) => (await loaders.colleaguesOfPerson.load(p.id)).slice(0, listLimit(first, 10)),
    sources: async (p, _, { loaders }) => sourceRefs(await loaders.sourcesOfPerson.load(p.id)),
  },
  Tenure: {
    person: (t, _, { loaders }) => loaders.person.load(t.personId).then((p) => p!),
    organization: (t, _, { loaders }) => loaders.organization.load(t.organizationId).then((o) => o!),
    status: (t) => toEnum<TenureStatus>(t.status),
  },
  Attendance: {
    meeting: (a, _, { loaders }) => loaders.meeting.load(a.meetingId).then((m) => m!),
    person: (a, _, { loaders }) => loaders.person.load(a.personId).then((p) => p!),
    roles,
  },
  Colleague: {
    person: (c, _, { loaders }) => loaders.person.load(c.colleagueId).then((p) => p!),
  },
  Organization: {
    kind: (o) => toEnum<OrganizationKind>(o.kind),
    level: (o) => toEnum<Level>(o.level),
    locality: (o, _, { loaders }) => (o.localityId ? loaders.locality.load(o.localityId) : null),
    parent: (o, _, { loaders }) => (o.parentId ? loaders.organization.load(o.parentId) : null),
    positions: async (o, { current }, ctx, info) => onlyCurrent(await tenuresOfOrganization(o.id, ctx, info), current, ctx),
    meetings: async (o, { first }, { loaders }) => {
      const links = (await loaders.meetingsOfOrganization.load(o.id)).slice(0, listLimit(first));
      return present(await loaders.meeting.loadMany(links.map((l) => l.meetingId)));
    },
  },
  Meeting: {
    locality: (m, _, { loaders }) => (m.localityId ? loaders.locality.load(m.localityId) : null),
    chairs: async (m, _, ctx, info) => (await participationsOfMeeting(m.id, ctx, info)).filter((p) => p.chair),
    attendees: (m, _, ctx, info) => participationsOfMeeting(m.id, ctx, info),
    organizations: async (m, _, { loaders }) =>
      present(await loaders.organization.loadMany((await loaders.organizationsOfMeeting.load(m.id)).map((r) => r.organizationId))),
    directives: async (m, _, { loaders }) =>
      present(await loaders.directive.loadMany((await loaders.directivesOfMeeting.load(m.id)).map((r) => r.directiveId))),
    sources: async (m, _, { loaders }) => sourceRefs(await loaders.sourcesOfMeeting.load(m.id)),
  },
  Directive: {
    issuer: (d, _, { loaders }) => (d.issuerId ? loaders.organization.load(d.issuerId) : null),
    meetings: async (d, { first }, { loaders }) => {
      const links = (await loaders.meetingsOfDirective.load(d.id)).slice(0, listLimit(first));
      return present(await loaders.meeting.loadMany(links.map((l) => l.meetingId)));
    },
    sources: async (d, _, { loaders }) => sourceRefs(await loaders.sourcesOfDirective.load(d.id)),
  },
  Locality: {
    level: (l) => toEnum<Level>(l.level),
  },
  Source: {
    url: (s: SourceRef, _, { loaders }) => loaders.article.load(s.articleId).then((a) => a?.url ?? null),
    title: (s: SourceRef, _, { loaders }) => loaders.article.load(s.articleId).then((a) => a?.title ?? null),
    publisher: (s: SourceRef, _, { loaders }) => loaders.article.load(s.articleId).then((a) => a?.publisher ?? null),
    publishedAt: (s: SourceRef, _, { loaders }) => loaders.article.load(s.articleId).then((a) => a?.publishedAt ?? null),
  },
  SearchHit: {
    person: (h, _, { loaders }) => (h.kind === 'PERSON' ? loaders.person.load(h.id) : null),
    organization: (h, _, { loaders }) => (h.kind === 'ORGANIZATION' ? loaders.organization.load(h.id) : null),
    meeting: (h, _, { loaders }) => (h.kind === 'MEETING' ? loaders.meeting.load(h.id) : null),
    directive: (h, _, { loaders }) => (h.kind === 'DIRECTIVE' ? loaders.directive.load(h.id) : null),
  },
  Path: {
    length: (p) => p.steps.length,
  },
  NetworkNode: {
    level: (n) => (n.level ? toEnum<Level>(n.level) : null),
  },
  IngestResult: {
    people: async (r, _, { loaders }) => present(await loaders.person.loadMany(r.personIds)),
    meetings: async (r, _, { loaders }) => present(await loaders.meeting.loadMany(r.meetingIds)),
    directives: async (r, _, { loaders }) => present(await loaders.directive.loadMany(r.directiveIds)),
  },
};
