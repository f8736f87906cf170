// Every GraphQL document the dashboard sends. Lists are paged (100 at most per page).

const SOURCE = 'articleId url title publisher publishedAt quote';
const LOCALITY = 'id name level province';
const TENURE = `person { id name } title organization { id name } status current firstSeen lastSeen sources { ${SOURCE} }`;
// Lists of many items stay under the API's cost limit (graphql-armor weighs every nested
// field): fewer fields per item, chairs read from the attendees' roles.
const LIST_SOURCE = 'articleId url title quote';
const LIST_TENURE = `person { id name } title status current firstSeen lastSeen sources { ${LIST_SOURCE} }`;

export const PROVINCES = `query Provinces { provinces { ${LOCALITY} } }`;

export const ORGANIZATIONS = `query Organizations($province: String!, $after: String) {
  organizations(filter: { province: $province }, first: 100, after: $after) {
    edges { node { id name kind level locality { name level province } positions { ${LIST_TENURE} } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const MEETINGS = `query Meetings($province: String!, $from: Date, $to: Date, $after: String) {
  meetings(filter: { province: $province, from: $from, to: $to }, first: 100, after: $after) {
    edges { node {
      id date partOfDay title kind locality { name level province }
      attendees { person { id name } roles }
      directives { id kind number title }
      sources { ${LIST_SOURCE} }
    } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

export const MEETING = `query Meeting($id: ID!) {
  meeting(id: $id) {
    id date partOfDay title kind locality { ${LOCALITY} }
    chairs { person { id name } roles }
    attendees { person { id name } roles }
    organizations { id name }
    directives { id kind number title issuerText date }
    sources { ${SOURCE} }
  }
}`;

export const NETWORK = `query Network($filter: NetworkFilter!) {
  network(filter: $filter) { truncated nodes { id kind label category level weight } edges { source target relation weight } }
}`;

export const PERSON = `query Person($id: ID!) {
  person(id: $id) {
    id name gender province
    positions { ${TENURE} }
    meetingsChaired(first: 100) { id date title }
    meetingsAttended(first: 100) { meeting { id date title } roles }
    colleagues(first: 10) { person { id name } sharedMeetings }
    sources { ${SOURCE} }
  }
}`;

export const ORGANIZATION = `query Organization($id: ID!) {
  organization(id: $id) {
    id name kind level locality { ${LOCALITY} } parent { id name } positions { ${TENURE} }
    meetings(first: 100) { id date title }
  }
}`;

export const DIRECTIVE = `query Directive($id: ID!) {
  directive(id: $id) { id kind number title issuerText date issuer { id name } meetings(first: 100) { id date title } sources { ${SOURCE} } }
}`;

export const SEARCH = `query Search($text: String!, $first: Int) { search(text: $text, first: $first) { kind id label context } }`;

export const CONNECTION = `query Connection($from: ID!, $to: ID!, $maxHops: Int) {
  connection(from: $from, to: $to, maxHops: $maxHops) {
    length nodes { kind id label } steps { from { kind id label } to { kind id label } relation sources { ${SOURCE} } }
  }
}`;
