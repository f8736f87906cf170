import { mapUnordered } from '../../src/ingest/map-unordered';

async function* numbers(n: number, read: number[]) {
  for (let i = 0; i < n; i++) {
    read.push(i);
    yield i;
  }
}

const later = () => new Promise<void>((resolve) => setImmediate(resolve));

it('yields every result once, as steps finish, never more outstanding than the limit', async () => {
  let running = 0;
  let most = 0;
  const read: number[] = [];
  const out: number[] = [];
  // Odd items take longer, so results come out of order.
  for await (const r of mapUnordered(numbers(50, read), 4, async (i) => {
    running++;
    most = Math.max(most, running);
    for (let k = 0; k < (i % 2) + 1; k++) await later();
    running--;
    return i * 10;
  })) {
    out.push(...r);
    await later();
  }
  expect(most).toBe(4);
  expect([...out].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i * 10));
  expect(out).not.toEqual([...out].sort((a, b) => a - b));
});

it('counts results not yet taken as outstanding, so a slow consumer holds the source back', async () => {
  const read: number[] = [];
  const it = mapUnordered(numbers(100, read), 3, async (i) => i)[Symbol.asyncIterator]();
  const first = (await it.next()).value as number[];
  for (let k = 0; k < 10; k++) await later();
  // The first run taken, three more finished and waiting, and the source read one further.
  expect(first.length).toBeLessThanOrEqual(3);
  expect(read.length).toBeLessThanOrEqual(first.length + 4);
  await it.return(undefined);
});

it('hands over in one run everything that finished while the consumer was busy', async () => {
  const runs: number[][] = [];
  for await (const run of mapUnordered(numbers(40, []), 10, async (i) => i)) {
    runs.push(run);
    // A consumer busy for a while (a commit blocks the thread): the steps started meanwhile finish.
    for (let k = 0; k < 5; k++) await later();
  }
  expect(runs.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  expect(runs.some((r) => r.length > 1)).toBe(true);
  expect(Math.max(...runs.map((r) => r.length))).toBeLessThanOrEqual(10);
});

it('stops reading the source when the consumer stops', async () => {
  const read: number[] = [];
  for await (const r of mapUnordered(numbers(1000, read), 2, async (i) => i)) if (r.some((x) => x >= 5)) break;
  for (let k = 0; k < 10; k++) await later();
  expect(read.length).toBeLessThan(12);
});

it('passes a failing step on to the consumer', async () => {
  const run = async () => {
    for await (const r of mapUnordered(numbers(10, []), 2, async (i) => (i === 3 ? Promise.reject(new Error('step 3 failed')) : i))) void r;
  };
  await expect(run()).rejects.toThrow('step 3 failed');
});
