// DNS rebinding: a request naming a host the server does not know is refused, whatever its path.
import { request } from 'http';
import { connect } from 'net';
import { DEFAULT_CONFIG, serverConfigFromEnv, startServer } from '../../src/server';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const status = async (app: Harness['app'], host: string, url = '/healthz') => (await app.inject({ url, headers: { host } })).statusCode;

it('answers the local names with any port', async () => {
  for (const host of ['localhost', 'localhost:4000', '127.0.0.1:8080', '[::1]:4000', 'LOCALHOST:1']) expect(await status(h.app, host)).toBe(200);
});

it('refuses any other name, on every route, with a message saying how to allow it', async () => {
  for (const host of ['evil.example', 'evil.example:4000', 'localhost.evil.example', '127.0.0.1.nip.io']) {
    for (const url of ['/healthz', '/', '/graphql']) expect(await status(h.app, host, url)).toBe(421);
  }
  const res = await h.app.inject({ url: '/graphql', headers: { host: 'rebound.example' } });
  expect(res.json().errors[0]).toMatchObject({ message: expect.stringMatching(/CADREGRAPH_ALLOWED_HOSTS/), extensions: { code: 'MISDIRECTED_REQUEST' } });
});

it('takes more names from CADREGRAPH_ALLOWED_HOSTS; * turns the check off', async () => {
  const config = serverConfigFromEnv({ CADREGRAPH_ALLOWED_HOSTS: ' graph.example.org , Other.Example:8443 ' });
  expect(config.allowedHosts).toEqual(['graph.example.org', 'other.example']);
  const allowed = await startHarness({ config });
  const open = await startHarness({ config: serverConfigFromEnv({ CADREGRAPH_ALLOWED_HOSTS: '*' }) });
  try {
    expect(await status(allowed.app, 'graph.example.org:4000')).toBe(200);
    expect(await status(allowed.app, 'other.example')).toBe(200);
    expect(await status(allowed.app, 'localhost:4000')).toBe(200);
    expect(await status(allowed.app, 'evil.example')).toBe(421);
    expect(await status(open.app, 'evil.example')).toBe(200);
  } finally {
    await Promise.all([allowed.close(), open.close()]);
  }
});

it('over a real socket, and the address it listens on is allowed', async () => {
  const server = await startServer({ store: h.store, port: 0, host: '127.0.0.2', webDir: h.webDir, config: { ...DEFAULT_CONFIG, maxEventLoopDelayMs: 0 } });
  try {
    const port = new URL(server.url).port;
    const get = (host: string) =>
      new Promise<number>((resolve, reject) => {
        request({ host: '127.0.0.2', port, path: '/healthz', headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        })
          .on('error', reject)
          .end();
      });
    expect(await get(`127.0.0.2:${port}`)).toBe(200);
    expect(await get(`localhost:${port}`)).toBe(200);
    expect(await get(`attacker.example:${port}`)).toBe(421);
    // HTTP/1.0 may leave the Host out; no name is not an allowed name.
    const noHost = await new Promise<string>((resolve, reject) => {
      let answer = '';
      const socket = connect(Number(port), '127.0.0.2', () => socket.end('GET /healthz HTTP/1.0\r\n\r\n'));
      socket
        .on('data', (d) => (answer += d))
        .on('end', () => resolve(answer))
        .on('error', reject);
    });
    expect(noHost).toMatch(/^HTTP\/1\.\d 421/);
  } finally {
    await server.close();
  }
});
