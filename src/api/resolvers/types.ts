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
import { all, sure, then } from '../sync';
import { onlyCurrent } from './tenures';

const present = <T>(items: Array<T | null | Error>): T[] => items.filter((x): x is T => x !== null && !(x instanceof Error));
const roles = (p: ParticipationRecord) => p.roles;
// Tenures with their sources (and quotes) read only when the query shows them.
const tenuresOfPerson = (id: string, { loaders }: ApiContext, info: GraphQLResolveInfo) =>
  (selects(info, 'sources') ? loaders.tenuresOfPerson : loaders.titlesOfPerson).get(id);
const tenuresOfOrganization = (id: string, { loaders }: ApiContext, info: GraphQLResolveInfo) =>
  (selects(info, 'sources') ? loaders.tenuresOfOrganization : loaders.titlesOfOrganization).get(id);
// Participations (Attendance) likewise; a list of meetings shows none of them.
const participationsOfMeeting = (id: string, { loaders }: ApiContext, info: GraphQLResolveInfo) =>
  (selects(info, 'sources') ? loaders.participationsOfMeeting : loaders.rolesOfMeeting).get(id);
const participationsOfPerson = (id: string, { loaders }: ApiContext, info: GraphQLResolveInfo) =>
  (selects(info, 'sources') ? loaders.participationsOfPerson : loaders.rolesOfPerson).get(id);
const article = (s: SourceRef, { loaders }: ApiContext) => loaders.article.get(s.articleId);

export const types: Resolvers = {
  Person: {
    positions: (p, { current }, ctx, info) => then(tenuresOfPerson(p.id, ctx, info), (tenures) => onlyCurrent(tenures, current, ctx)),
    events: (p, _, { loaders }) => loaders.eventsOfPerson.get(p.id),
    career: (p, _, ctx, info) =>
      then(tenuresOfPerson(p.id, ctx, info), (tenures) =>
        then(all(tenures.map((t) => then(ctx.loaders.post.get(t.positionId), (post) => post.bounds.get(t.personId)?.start ?? '9999'))), (starts) =>
          tenures.map((t, i) => ({ t, start: starts[i] })).sort((a, b) => a.start.localeCompare(b.start) || a.t.title.localeCompare(b.t.title)).map((x) => x.t))),
    meetingsChaired: (p, { first }, { loaders }) =>
      then(loaders.rolesOfPerson.get(p.id), (parts) => {
        const chaired = parts.filter((x) => x.chair).slice(0, listLimit(first));
        return then(loaders.meeting.getMany(chaired.map((x) => x.meetingId)), present);
      }),
    meetingsAttended: (p, { first }, ctx, info) => then(participationsOfPerson(p.id, ctx, info), (parts) => parts.slice(0, listLimit(first))),
    colleagues: (p, { first }, { loaders }) => then(loaders.colleaguesOfPerson.get(p.id), (list) => list.slice(0, listLimit(first, 10))),
    sources: (p, _, { loaders }) => then(loaders.sourcesOfPerson.get(p.id), sourceRefs),
  },
  Tenure: {
    person: (t, _, { loaders }) => sure(loaders.person.get(t.personId)),
    organization: (t, _, { loaders }) => sure(loaders.organization.get(t.organizationId)),
    status: (t) => toEnum<TenureStatus>(t.status),
  },
  Attendance: {
    meeting: (a, _, { loaders }) => sure(loaders.meeting.get(a.meetingId)),
    person: (a, _, { loaders }) => sure(loaders.person.get(a.personId)),
    roles,
  },
  Colleague: {
    person: (c, _, { loaders }) => sure(loaders.person.get(c.colleagueId)),
  },
  Organization: {
    kind: (o) => toEnum<OrganizationKind>(o.kind),
    level: (o) => toEnum<Level>(o.level),
    locality: (o, _, { loaders }) => (o.localityId ? loaders.locality.get(o.localityId) : null),
    parent: (o, _, { loaders }) => (o.parentId ? loaders.organization.get(o.parentId) : null),
    positions: (o, { current }, ctx, info) => then(tenuresOfOrganization(o.id, ctx, info), (tenures) => onlyCurrent(tenures, current, ctx)),
    meetings: (o, { first }, { loaders }) =>
      then(loaders.meetingsOfOrganization.get(o.id), (links) => then(loaders.meeting.getMany(links.slice(0, listLimit(first)).map((l) => l.meetingId)), present)),
  },
  Meeting: {
    locality: (m, _, { loaders }) => (m.localityId ? loaders.locality.get(m.localityId) : null),
    chairs: (m, _, ctx, info) => then(participationsOfMeeting(m.id, ctx, info), (parts) => parts.filter((p) => p.chair)),
    attendees: (m, _, ctx, info) => participationsOfMeeting(m.id, ctx, info),
    organizations: (m, _, { loaders }) =>
      then(loaders.organizationsOfMeeting.get(m.id), (links) => then(loaders.organization.getMany(links.map((r) => r.organizationId)), present)),
    directives: (m, _, { loaders }) =>
      then(loaders.directivesOfMeeting.get(m.id), (links) => then(loaders.directive.getMany(links.map((r) => r.directiveId)), present)),
    sources: (m, _, { loaders }) => then(loaders.sourcesOfMeeting.get(m.id), sourceRefs),
  },
  Directive: {
    issuer: (d, _, { loaders }) => (d.issuerId ? loaders.organization.get(d.issuerId) : null),
    meetings: (d, { first }, { loaders }) =>
      then(loaders.meetingsOfDirective.get(d.id), (links) => then(loaders.meeting.getMany(links.slice(0, listLimit(first)).map((l) => l.meetingId)), present)),
    sources: (d, _, { loaders }) => then(loaders.sourcesOfDirective.get(d.id), sourceRefs),
  },
  Locality: {
    level: (l) => toEnum<Level>(l.level),
  },
  Source: {
    url: (s: SourceRef, _, ctx) => then(article(s, ctx), (a) => a?.url ?? null),
    title: (s: SourceRef, _, ctx) => then(article(s, ctx), (a) => a?.title ?? null),
    publisher: (s: SourceRef, _, ctx) => then(article(s, ctx), (a) => a?.publisher ?? null),
    publishedAt: (s: SourceRef, _, ctx) => then(article(s, ctx), (a) => a?.publishedAt ?? null),
  },
  SearchHit: {
    person: (h, _, { loaders }) => (h.kind === 'PERSON' ? loaders.person.get(h.id) : null),
    organization: (h, _, { loaders }) => (h.kind === 'ORGANIZATION' ? loaders.organization.get(h.id) : null),
    meeting: (h, _, { loaders }) => (h.kind === 'MEETING' ? loaders.meeting.get(h.id) : null),
    directive: (h, _, { loaders }) => (h.kind === 'DIRECTIVE' ? loaders.directive.get(h.id) : null),
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
