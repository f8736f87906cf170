// Names, titles and places recur in nearly every article, and their keys cost Unicode
// normalization and regular expressions: a key function of short strings can remember its
// answers. The memory is bounded: long strings (a search typed into the API, say) are not
// remembered, and the memory starts afresh when it is full.
const LONGEST = 200;

export function memo(fn: (s: string) => string, max = 50_000): (s: string) => string {
  const known = new Map<string, string>();
  return (s) => {
    if (s.length > LONGEST) return fn(s);
    let v = known.get(s);
    if (v === undefined) {
      if (known.size >= max) known.clear();
      known.set(s, (v = fn(s)));
    }
    return v;
  };
}
