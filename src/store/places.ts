// A province as a user types it ("hcm", "Thành phố Hồ Chí Minh", "thanh hoa") to the key the
// graph stores (the slug of its canonical name). Variants come from the lexicon.
import { lexiconData } from '../lexicon';
import { fold, slug } from '../text';

let byVariant: Map<string, string> | null = null;

function variants(): Map<string, string> {
  if (byVariant) return byVariant;
  byVariant = new Map();
  for (const p of lexiconData().provinces) {
    const key = slug(p.name);
    for (const v of [p.name, ...(p.variants ?? [])]) byVariant.set(fold(v).replace(/[^a-z0-9]+/g, ''), key);
    // Names users write without the "TP." prefix of cities.
    byVariant.set(fold(p.name.replace(/^TP\.\s*/, '')).replace(/[^a-z0-9]+/g, ''), key);
  }
  return byVariant;
}

/** The stored province key for what a user typed; its plain slug when the lexicon does not know it. */
export function provinceKey(input: string): string {
  return variants().get(fold(input).replace(/^(tinh|thanh pho|tp\.?)\s+/, '').replace(/[^a-z0-9]+/g, '')) ?? variants().get(fold(input).replace(/[^a-z0-9]+/g, '')) ?? slug(input);
}
