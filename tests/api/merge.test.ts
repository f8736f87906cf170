// mergePeople over HTTP: refused without a key; with one, the dropped id answers as the kept person.
import { startTestApi, WRITE_KEY, type TestApi } from './test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
}, 60_000);
afterAll(() => api?.close());

const MERGE = `mutation ($keep: ID!, $drop: ID!) { mergePeople(keep: $keep, drop: $drop, force: true) { id name positions { title } } }`;
const KEEP = 'person/thanh-hoa/lại-thế-nguyên';

it('merges two records of one person only with a key', async () => {
  const { data } = await api.gql(`{ people(filter: { province: "thanh hoa" }, first: 100) { edges { node { id name } } } }`);
  const drop = data.people.edges.map((e: any) => e.node).find((p: any) => p.id !== KEEP && p.name !== 'Lại Thế Nguyên');
  expect(drop).toBeDefined();

  const refused = await api.gql(MERGE, { keep: KEEP, drop: drop.id });
  expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect((await api.gql(`query ($id: ID!) { person(id: $id) { id } }`, { id: drop.id })).data.person).toEqual({ id: drop.id });

  const merged = await api.gql(MERGE, { keep: KEEP, drop: drop.id }, WRITE_KEY);
  expect(merged.errors).toBeUndefined();
  expect(merged.data.mergePeople.id).toBe(KEEP);
  const after = await api.gql(`query ($id: ID!) { person(id: $id) { id name } }`, { id: drop.id });
  expect(after.data.person).toEqual({ id: KEEP, name: 'Lại Thế Nguyên' });

  const unknown = await api.gql(MERGE, { keep: KEEP, drop: 'person/nowhere/nobody' }, WRITE_KEY);
  expect(unknown.errors?.[0].message).toMatch(/nowhere|not found|no person/i);
  expect(unknown.errors?.[0].extensions?.code).toMatch(/NOT_FOUND|BAD_USER_INPUT/);
});
