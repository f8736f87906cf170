// Articles per second and time left, for the ingest progress bar. Outcomes arrive in bursts (a
// whole group at each commit), so the rate is taken over the last seconds, not the last articles.

const WINDOW_MS = 10_000;

export class ProgressRate {
  private readonly samples: Array<{ at: number; done: number }> = [];

  constructor(private readonly now: () => number = Date.now) {
    this.samples.push({ at: now(), done: 0 });
  }

  /** Articles per second over the last ten seconds (since the start, before that). */
  update(done: number): number {
    const at = this.now();
    this.samples.push({ at, done });
    while (this.samples.length > 2 && at - this.samples[1].at >= WINDOW_MS) this.samples.shift();
    const first = this.samples[0];
    return at > first.at ? ((done - first.done) * 1000) / (at - first.at) : 0;
  }
}

/** "42s", "3m05s", "1h02m"; "?" while there is no rate yet. */
export function formatEta(remaining: number, perSecond: number): string {
  if (!(perSecond > 0)) return '?';
  const s = Math.round(remaining / perSecond);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor(s / 60) % 60).padStart(2, '0')}m`;
}
