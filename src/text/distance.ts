// Edit distance between two short strings, for "did you mean" suggestions.
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * The candidates nearest to `input`, nearest first, at most `limit`: within one edit of the best,
 * none further than half its length.
 */
export function nearest(input: string, candidates: Array<{ key: string; label: string }>, limit = 3): string[] {
  const scored = candidates.map((c) => ({ label: c.label, d: editDistance(input, c.key) }));
  const best = Math.min(Infinity, ...scored.map((c) => c.d));
  const cap = Math.min(best + 1, Math.max(2, Math.ceil(input.length / 2)));
  return scored
    .filter((c) => c.d <= cap)
    .sort((x, y) => x.d - y.d || x.label.localeCompare(y.label))
    .filter((c, i, all) => all.findIndex((o) => o.label === c.label) === i)
    .slice(0, limit)
    .map((c) => c.label);
}
