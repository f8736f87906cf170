// Every document the dashboard sends passes the API's validation and limits (depth, cost,
// tokens) and answers for real ids: a change on either side that breaks the page fails here.
import * as Q from '../../src/dashboard/queries';
import { startTestApi, type TestApi } from '../api/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
}, 90_000);
afterAll(() => api?.close());

const DOCUMENTS = ['PROVINCES', 'ORGANIZATIONS', 'MEETINGS', 'MEETING', 'NETWORK', 'PERSON', 'ORGANIZATION', 'DIRECTIVE', 'SEARCH', 'CONNECTION'] as const;

it('each query of the dashboard answers without errors', async () => {
  const ids = (await api.gql(`{ person: search(text: "le hong quang") { id }
    meetings(filter: { province: "Hà Nội" }, first: 50) { edges { node { id organizations { id } directives { id } } } } }`)).data;
  // A meeting that names a body and a document, so each of their queries has an id to ask for.
  const meeting = ids.meetings.edges.map((e: any) => e.node).find((m: any) => m.organizations.length && m.directives.length);
  const variables: Record<(typeof DOCUMENTS)[number], Record<string, unknown>> = {
    PROVINCES: {},
    ORGANIZATIONS: { province: 'An Giang' },
    MEETINGS: { province: 'Hà Nội', from: '2020-01-01', to: '2030-12-31' },
    MEETING: { id: meeting.id },
    NETWORK: { filter: { province: 'Hà Nội', kinds: ['PARTY_COMMITTEE'], levels: ['PROVINCE'], limit: 5000 } },
    PERSON: { id: ids.person[0].id },
    ORGANIZATION: { id: meeting.organizations[0].id },
    DIRECTIVE: { id: meeting.directives[0].id },
    SEARCH: { text: 'dinh tien dung', first: 15 },
    CONNECTION: { from: 'person/ha-noi/vũ-đăng-khoa', to: 'person/ha-noi/đinh-tiến-dũng', maxHops: 8 },
  };
  const exported = Object.keys(Q).filter((k) => /^[A-Z]+$/.test(k));
  expect(exported.sort()).toEqual([...DOCUMENTS].sort());
  for (const name of DOCUMENTS) {
    const r = await api.gql(Q[name].toString(), variables[name]);
    expect({ name, errors: r.errors }).toEqual({ name, errors: undefined });
    expect(Object.values(r.data ?? {})[0]).toBeTruthy();
  }
});
