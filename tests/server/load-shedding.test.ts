// While the event loop lags past the configured delay, requests are answered 503 with Retry-After
// at once; when it recovers, they are served again.
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ config: { maxEventLoopDelayMs: 200 } });
});
afterAll(() => h?.close());

const stall = (ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('sheds load while the event loop stalls, and recovers', async () => {
  expect((await h.app.inject({ url: '/healthz' })).statusCode).toBe(200);
  let shed;
  // under-pressure samples the loop on a timer; a stall shows in the next sample.
  for (let i = 0; i < 5 && !shed; i++) {
    stall(1500);
    await sleep(50);
    const res = await h.app.inject({ url: '/healthz' });
    if (res.statusCode === 503) shed = res;
  }
  expect(shed?.headers['retry-after']).toBe('5');
  expect(shed?.json().errors[0]).toMatchObject({ message: expect.stringMatching(/overloaded/), extensions: { code: 'SERVICE_UNAVAILABLE' } });
  let recovered = false;
  for (let i = 0; i < 40 && !recovered; i++) {
    await sleep(250);
    recovered = (await h.app.inject({ url: '/healthz' })).statusCode === 200;
  }
  expect(recovered).toBe(true);
}, 60_000);
