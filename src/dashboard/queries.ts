// Every GraphQL document the dashboard sends, typed by GraphQL Code Generator from the SDL
// (`npm run codegen` writes src/dashboard/gql/; a test fails when it is stale). Lists are paged
// (100 at most per page). Documents are plain literals: the generator reads them from this file.
import { graphql } from './gql';
import type {
  ConnectionQuery, DirectiveQuery, MeetingQuery, MeetingsQuery, NetworkQuery, OrganizationQuery, OrganizationsQuery, PersonQuery,
  ProvincesQuery, SearchQuery, SourceFieldsFragment,
} from './gql/graphql';

graphql(`fragment SourceFields on Source { articleId url title publisher publishedAt quote }`);
graphql(`fragment TenureFields on Tenure {
  id person { id name } title organization { id name } status firstSeen lastSeen start startBasis end endBasis state conflict
  sources { ...SourceFields }
}`);

export const PROVINCES = graphql(`query Provinces { provinces { id name level province } }`);

// Lists of many items stay under the API's cost limit (graphql-armor weighs every nested field,
// and a fragment spread counts as one more level): fewer fields per item, written out without
// fragments, chairs read from the attendees' roles.
// Each tenure's state is asked for the date the reader chose ($asOf null: today).
export const ORGANIZATIONS = graphql(`query Organizations($province: String!, $after: String, $asOf: Date) {
  organizations(filter: { province: $province }, first: 100, after: $after) {
    edges { node { id name kind level locality { name level province } positions {
      id person { id name } title status current firstSeen lastSeen start startBasis end endBasis
      state(asOf: $asOf) conflict(asOf: $asOf) sources { articleId url title quote }
    } } }
    pageInfo { hasNextPage endCursor }
  }
}`);

export const MEETINGS = graphql(`query Meetings($province: String!, $from: Date, $to: Date, $after: String) {
  meetings(filter: { province: $province, from: $from, to: $to }, first: 100, after: $after) {
    edges { node {
      id date partOfDay title kind locality { name level province }
      attendees { person { id name } roles }
      directives { id kind number title }
      sources { articleId url title quote }
    } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`);

export const MEETING = graphql(`query Meeting($id: ID!) {
  meeting(id: $id) {
    id date partOfDay title kind locality { id name level province }
    attendees { person { id name } roles }
    organizations { id name }
    directives { id kind number title issuerText date }
    sources { ...SourceFields }
  }
}`);

export const NETWORK = graphql(`query Network($filter: NetworkFilter!) {
  network(filter: $filter) { truncated nodes { id kind label category level weight } edges { source target relation weight } }
}`);

export const PERSON = graphql(`query Person($id: ID!) {
  person(id: $id) {
    id name gender province
    career {
      id title status firstSeen lastSeen start startBasis end endBasis state
      organization { id name locality { name level province } }
      sources { ...SourceFields }
    }
    events { id kind title date decisionNumber organization { id name } decidedBy { id name } sources { ...SourceFields } }
    meetingsChaired(first: 100) { id date title }
    meetingsAttended(first: 100) { meeting { id date title } roles }
    colleagues(first: 10) { person { id name } sharedMeetings }
    sources { ...SourceFields }
  }
}`);

export const ORGANIZATION = graphql(`query Organization($id: ID!) {
  organization(id: $id) {
    id name kind level locality { id name level province } parent { id name } positions { ...TenureFields }
    meetings(first: 100) { id date title }
  }
}`);

export const DIRECTIVE = graphql(`query Directive($id: ID!) {
  directive(id: $id) {
    id kind number title issuerText date issuer { id name } meetings(first: 100) { id date title } sources { ...SourceFields }
  }
}`);

// What the watchlist compares between visits: titles with their state today, and meetings.
export const WATCH_PERSON = graphql(`query WatchPerson($id: ID!) {
  person(id: $id) {
    id name
    career { id title state person { id name } organization { id name } }
    meetingsChaired(first: 100) { id date title }
    meetingsAttended(first: 100) { meeting { id date title } }
  }
}`);

export const WATCH_BODY = graphql(`query WatchBody($id: ID!) {
  organization(id: $id) {
    id name
    positions { id title state person { id name } organization { id name } }
    meetings(first: 100) { id date title }
  }
}`);

export const SEARCH = graphql(`query Search($text: String!, $first: Int) { search(text: $text, first: $first) { kind id label context } }`);

export const CONNECTION = graphql(`query Connection($from: ID!, $to: ID!, $maxHops: Int) {
  connection(from: $from, to: $to, maxHops: $maxHops) {
    length nodes { kind id label } steps { from { kind id label } to { kind id label } relation sources { ...SourceFields } }
  }
}`);

// The shapes the views work with, named once (all derived from the generated types).
type MeetingNode = MeetingsQuery['meetings']['edges'][number]['node'];
export type Source = SourceFieldsFragment | MeetingNode['sources'][number];
export type Locality = ProvincesQuery['provinces'][number];
export type Organization = OrganizationsQuery['organizations']['edges'][number]['node'];
export type OrganizationDetail = NonNullable<OrganizationQuery['organization']>;
export type ListTenure = Organization['positions'][number];
/** A meeting as the lists show it, with its chairs read from the attendees' roles. */
export type Meeting = MeetingNode & { chairs: MeetingNode['attendees'] };
export type MeetingDetail = NonNullable<MeetingQuery['meeting']>;
export type PersonDetail = NonNullable<PersonQuery['person']>;
export type Tenure = OrganizationDetail['positions'][number];
export type CareerTenure = PersonDetail['career'][number];
export type PersonEvent = PersonDetail['events'][number];
export type DirectiveDetail = NonNullable<DirectiveQuery['directive']>;
export type Network = NetworkQuery['network'];
export type NetworkNode = Network['nodes'][number];
export type NetworkEdge = Network['edges'][number];
export type NodeKind = NetworkNode['kind'];
export type SearchHit = SearchQuery['search'][number];
export type Path = NonNullable<ConnectionQuery['connection']>;
