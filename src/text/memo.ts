// Names, titles and places recur in nearly every article, and their keys cost Unicode
// normalization and regular expressions: a key function of short strings can remember its
// answers. The memory is bounded by starting afresh when it is full.
export function memo(fn: (s: string) => string, max = 50_000): (s: string) => string {
  const known = new Map<string, string>();
  return (s) => {
    let v = known.get(s);
    if (v === undefined) {
      if (known.size >= max) known.clear();
      known.set(s, (v = fn(s)));
    }
    return v;
  };
}
