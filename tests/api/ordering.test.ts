// Orders on every connection, read through the real server page by page: the pages chain into
// the list read at once, in the order asked for; cursors are places in that order, and a cursor
// that is not one (the hand-made offset that once crashed the server, an edited one, one from
// another list) is a clean error while the server keeps serving.
import { startTestApi, type TestApi } from './test-api';

let api: TestApi;
beforeAll(async () => {
  // Reading every list page by page in every order is thousands of requests from one address: the
  // rate limit is the load-shedding suite's to test, not this one's.
  api = await startTestApi({ config: { rateLimit: { max: 0, windowMs: 60_000 } } });
}, 60_000);
afterAll(() => api?.close());

type Edge = { cursor: string; node: Record<string, any> };

/** Every node of a connection, `size` at a time. */
async function readAll(list: string, fields: string, orderBy: string | null, size: number, filter = ''): Promise<{ nodes: any[]; totalCount: number }> {
  const nodes: any[] = [];
  let after: string | null = null;
  for (let n = 0; n < 200; n++) {
    const args = [`first: ${size}`, 'after: $after', orderBy ? `orderBy: ${orderBy}` : '', filter].filter(Boolean).join(', ');
    const r: { data?: any; errors?: unknown } = await api.gql(`query ($after: String) { ${list}(${args}) { totalCount edges { cursor node { ${fields} } } pageInfo { hasNextPage endCursor } } }`, { after });
    expect(r.errors).toBeUndefined();
    const c: any = r.data[list];
    nodes.push(...c.edges.map((e: Edge) => e.node));
    expect(c.pageInfo.endCursor).toBe(c.edges.at(-1)?.cursor ?? null);
    if (!c.pageInfo.hasNextPage) return { nodes, totalCount: c.totalCount };
    after = c.pageInfo.endCursor;
  }
  throw new Error('pages never ended');
}

const ORDERS: Array<[string, string, string | null]> = [
  ['people', 'id name', null],
  ['people', 'id name', '{ field: NAME, direction: DESC }'],
  ['people', 'id', '{ field: MEETINGS_CHAIRED }'],
  ['people', 'id', '{ field: MEETINGS_ATTENDED, direction: ASC }'],
  ['organizations', 'id name', '{ field: NAME }'],
  ['organizations', 'id positions { person { id } }', '{ field: SIZE }'],
  ['meetings', 'id date', null],
  ['meetings', 'id date', '{ field: DATE, direction: ASC }'],
  ['directives', 'id date number', '{ field: DATE }'],
  ['directives', 'id number', '{ field: NUMBER, direction: DESC }'],
];

describe('orderBy on every connection', () => {
  it.each(ORDERS)('%s by %s (%s): pages of 4 give the list read 100 at a time, each node once', async (list, fields, orderBy) => {
    const whole = await readAll(list, fields, orderBy, 100);
    const paged = await readAll(list, fields, orderBy, 4);
    expect(whole.nodes.length).toBe(whole.totalCount);
    expect(whole.totalCount).toBeGreaterThan(4);
    expect(paged.nodes.map((n) => n.id)).toEqual(whole.nodes.map((n) => n.id));
    expect(new Set(paged.nodes.map((n) => n.id)).size).toBe(whole.totalCount);
  });

  const sorted = <T>(values: T[], compare: (a: T, b: T) => number) => [...values].sort(compare);

  it('meetings by date: newest or oldest first, those without a full date last either way', async () => {
    for (const direction of ['DESC', 'ASC']) {
      const dates: Array<string | null> = (await readAll('meetings', 'id date', `{ field: DATE, direction: ${direction} }`, 100)).nodes.map((n) => n.date);
      const full = dates.filter((d) => d && /^\d{4}/.test(d)) as string[];
      expect(dates.slice(0, full.length)).toEqual(full);
      expect(full).toEqual(sorted(full, (a, b) => (direction === 'ASC' ? a.localeCompare(b) : b.localeCompare(a))));
      expect(full.length).toBeGreaterThan(10);
    }
  });

  it('people by meetings chaired and attended: the counts fall from page to page', async () => {
    const chaired = (await readAll('people', 'id meetingsChaired(first: 100) { id }', '{ field: MEETINGS_CHAIRED }', 5)).nodes.map((n) => n.meetingsChaired.length);
    expect(chaired).toEqual(sorted(chaired, (a, b) => b - a));
    expect(chaired[0]).toBeGreaterThan(1);
    const attended = (await readAll('people', 'id meetingsAttended(first: 100) { meeting { id } }', '{ field: MEETINGS_ATTENDED, direction: ASC }', 5)).nodes.map(
      (n) => new Set(n.meetingsAttended.map((a: any) => a.meeting.id)).size,
    );
    expect(attended).toEqual(sorted(attended, (a, b) => a - b));
  });

  it('organizations by size (people holding a title in them) and by name', async () => {
    const sizes = (await readAll('organizations', 'id positions { person { id } }', '{ field: SIZE }', 6)).nodes.map((n) => new Set(n.positions.map((p: any) => p.person.id)).size);
    expect(sizes).toEqual(sorted(sizes, (a, b) => b - a));
    expect(sizes[0]).toBeGreaterThan(sizes.at(-1)!);
    const names = (await readAll('people', 'id name', '{ field: NAME, direction: DESC }', 9)).nodes.map((n) => n.name);
    expect(names[0].localeCompare(names.at(-1), 'vi')).toBeGreaterThan(0);
  });
});

describe('cursors', () => {
  const cursorOf = (parts: unknown) => Buffer.from(typeof parts === 'string' ? parts : JSON.stringify(parts)).toString('base64url');
  const page = (after: string, list = 'people', orderBy = '') => api.gql(`query ($after: String) { ${list}(first: 5, after: $after${orderBy}) { totalCount edges { node { id } } } }`, { after });
  const firstCursor = async (list = 'people', orderBy = '') => (await api.gql(`{ ${list}(first: 3${orderBy}) { pageInfo { endCursor } } }`)).data[list].pageInfo.endCursor as string;

  const CHAIRED = ', orderBy: { field: MEETINGS_CHAIRED }';
  it.each([
    // The offset cursor of the old format, far past the end: it once crashed the embedded engine.
    ['a hand-made offset cursor', cursorOf('cg1:200000'), /invalid cursor .*not a cursor of this API/, 'people', ''],
    ['a huge offset cursor', cursorOf(`cg1:${'9'.repeat(400)}`), /invalid cursor/, 'people', ''],
    ['plain text', 'not-a-cursor', /invalid cursor/, 'people', ''],
    ['characters outside base64url', 'abc$%/+==', /invalid cursor/, 'people', ''],
    ['a count out of range', cursorOf([1, 'people.chaired.DESC', 1e15, 'person/x/y']), /sort key is out of range/, 'people', CHAIRED],
    ['a negative count', cursorOf([1, 'people.chaired.DESC', -1, 'person/x/y']), /sort key is out of range/, 'people', CHAIRED],
    ['a date that is no date', cursorOf([1, 'meetings.date.DESC', 'DROP TABLE', 'meeting/x']), /sort key is out of range/, 'meetings', ''],
    ['another version', cursorOf([2, 'people.name.ASC', 'a', 'person/x/y']), /not a cursor of this API/, 'people', ''],
    ['an empty id', cursorOf([1, 'people.name.ASC', 'a', '']), /id is out of range/, 'people', ''],
    ['a very long cursor', 'A'.repeat(5000), /not a cursor of this API/, 'people', ''],
  ])('%s is BAD_USER_INPUT', async (_name, after, message, list, orderBy) => {
    const r = await page(after, list, orderBy);
    expect(r.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT' } });
    expect(r.data ?? null).toBeNull();
  });

  it('an edited cursor is refused, and one from another list or order too', async () => {
    const good = await firstCursor();
    const edited = good.slice(0, 4) + (good[4] === 'A' ? 'B' : 'A') + good.slice(5);
    expect((await page(edited)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await page(good.slice(0, -3))).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const other = await page(good, 'people', ', orderBy: { field: MEETINGS_CHAIRED }');
    expect(other.errors?.[0].message).toMatch(/belongs to people\.name\.ASC, not people\.chaired\.DESC/);
    const meetingCursor = await firstCursor('meetings');
    expect((await page(meetingCursor, 'people')).errors?.[0].message).toMatch(/belongs to meetings\.date\.DESC/);
  });

  it('a well-formed place past the end is an empty last page, not an error', async () => {
    const r = await page(cursorOf([1, 'people.name.ASC', 'zzzz', 'person/zz/zz']));
    expect(r.errors).toBeUndefined();
    expect(r.data.people.edges).toEqual([]);
    expect(r.data.people.totalCount).toBeGreaterThan(0);
  });

  it('the server keeps serving after every probe', async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const r = await api.gql('{ people(first: 2) { totalCount } }');
    expect(r.data.people.totalCount).toBeGreaterThan(0);
  });
});
