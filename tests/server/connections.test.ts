// Slow and greedy clients over a real socket: headers that never finish are answered 408 and the
// connection closed; connections past the limit are dropped; the limits come from the environment.
import { connect, type Socket } from 'net';
import { serverConfigFromEnv, startServer, type RunningServer } from '../../src/server';
import { startHarness, type Harness } from './harness';

let h: Harness;
let slow: RunningServer;
let few: RunningServer;
beforeAll(async () => {
  h = await startHarness();
  slow = await startServer({ store: h.store, port: 0, webDir: h.webDir, config: { headersTimeoutMs: 500, maxEventLoopDelayMs: 0 } });
  few = await startServer({ store: h.store, port: 0, webDir: h.webDir, config: { maxConnections: 3, maxEventLoopDelayMs: 0 } });
});
afterAll(async () => {
  await Promise.all([slow?.close(), few?.close()]);
  await h?.close();
});

/** Opens a socket, writes `text`, resolves with what the server sent once it closes the connection. */
function exchange(server: RunningServer, text: string): { socket: Socket; answer: Promise<string> } {
  const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
  const answer = new Promise<string>((resolve, reject) => {
    let got = '';
    socket.on('connect', () => socket.write(text));
    socket.on('data', (d) => (got += d));
    socket.on('close', () => resolve(got));
    socket.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? resolve(got) : reject(e)));
  });
  return { socket, answer };
}

it('a client that never finishes its headers is answered 408 and cut off', async () => {
  const t0 = Date.now();
  const { answer } = exchange(slow, 'GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
  expect(await answer).toMatch(/^HTTP\/1\.1 408/);
  expect(Date.now() - t0).toBeLessThan(5000);
});

it('connections past the limit are dropped; the server still answers once they go', async () => {
  const held = Array.from({ length: 3 }, () => exchange(few, 'GET /healthz HTTP/1.1\r\nHost: localhost\r\n'));
  await new Promise((r) => setTimeout(r, 200));
  const extra = exchange(few, 'GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
  expect(await extra.answer).toBe('');
  for (const c of held) c.socket.destroy();
  await new Promise((r) => setTimeout(r, 200));
  expect((await fetch(`${few.url}/healthz`)).status).toBe(200);
});

it('reads connection and time limits from the environment, refusing a bad value in one line', () => {
  const config = serverConfigFromEnv({ CADREGRAPH_MAX_CONNECTIONS: '64', CADREGRAPH_REQUEST_TIMEOUT: '5', CADREGRAPH_SHUTDOWN_TIMEOUT: '3', CADREGRAPH_TRUST_PROXY: '10.0.0.1, 10.0.0.2' });
  expect(config).toMatchObject({ maxConnections: 64, requestTimeoutMs: 5000, shutdownTimeoutMs: 3000, trustProxy: ['10.0.0.1', '10.0.0.2'] });
  expect(() => serverConfigFromEnv({ CADREGRAPH_REQUEST_TIMEOUT: '2.5s' })).toThrow('CADREGRAPH_REQUEST_TIMEOUT must be a number of seconds (got "2.5s")');
});
