import { formatEta, ProgressRate } from '../../src/cli/progress-rate';

it('takes the rate over the last ten seconds, so bursts and an early slow start even out', () => {
  let now = 0;
  const rate = new ProgressRate(() => now);
  now = 2000;
  expect(rate.update(100)).toBe(50);
  // A group of 256 lands at once: the rate is still over the window, not the burst.
  now = 2001;
  expect(rate.update(356)).toBeCloseTo(177.9, 1);
  for (let t = 3000; t <= 30_000; t += 1000) {
    now = t;
    rate.update(356 + (t - 2001) / 10);
  }
  expect(rate.update(356 + (30_000 - 2001) / 10)).toBeCloseTo(100, 0);
});

it('writes the time left in seconds, minutes or hours', () => {
  expect(formatEta(420, 10)).toBe('42s');
  expect(formatEta(1850, 10)).toBe('3m05s');
  expect(formatEta(37_200, 10)).toBe('1h02m');
  expect(formatEta(10, 0)).toBe('?');
});
