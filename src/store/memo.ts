// Names, titles and places recur in nearly every article, and folding them (Unicode
// normalization and regular expressions) was a third of the writer's time: the keys the
// store builds are remembered. The memory is bounded by starting afresh when it is full.
import { fold as foldText, nameKey as nameKeyText, slug as slugText } from '../text';

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

export const fold = memo(foldText);
export const slug = memo(slugText);
export const nameKey = memo(nameKeyText);
