// Filters as people type them: "thanh hoa", "TP. Hồ Chí Minh", "UBND tỉnh", "nghi quyet". Each is
// read through the lexicon into the name the graph stores; a name the lexicon does not know is an
// error that suggests the nearest ones, never a silently empty answer.
import { GraphQLError } from 'graphql';
import { lexiconData } from '../lexicon';
import { fold, nearest } from '../text';

const data = lexiconData;

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
const didYouMean = (options: string[]) => (options.length ? `: did you mean ${options.map((o) => `"${o}"`).join(', ')}?` : '');

const PROVINCE_WORDS = /^(tinh|thanh pho|tp\.?)\s+/;

/**
 * The lexicon's name of a province (old or new), however it is written; a place the lexicon does
 * not know but the graph holds (`known`) is taken as written.
 */
export async function provinceName(input: string | null | undefined, known: () => Promise<string[]>, argument = 'province'): Promise<string | null> {
  if (input == null) return null;
  const key = fold(input).replace(PROVINCE_WORDS, '').trim();
  if (!key) throw badInput(`${argument} must not be empty`);
  const names = data().provinces.flatMap((p) => [p.name, ...(p.variants ?? [])].map((v) => ({ key: fold(v), label: p.name })));
  const hit = names.find((n) => n.key === key);
  if (hit) return hit.label;
  const inGraph = (await known()).map((n) => ({ key: fold(n), label: n }));
  const found = inGraph.find((n) => n.key === fold(input));
  if (found) return found.label;
  throw badInput(`unknown ${argument} "${input}"${didYouMean(nearest(key, [...names, ...inGraph]))}`);
}

/** The kind of a directive as the graph stores it ("nghi quyet" -> "Nghị quyết"). */
export function directiveKind(input: string | null | undefined): string | null {
  if (input == null) return null;
  const kinds = data().directives.kinds.map((k) => ({ key: fold(k.word), label: k.word, code: fold(k.code) }));
  const key = fold(input);
  const hit = kinds.find((k) => k.key === key || k.code === key);
  if (hit) return hit.label;
  throw badInput(`unknown directive kind "${input}"${didYouMean(nearest(key, kinds))}`);
}

/**
 * A body's name with its abbreviations written out ("UBND tỉnh" -> "Ủy ban nhân dân tỉnh",
 * "MTTQ" -> "Ủy ban Mặt trận Tổ quốc"), as the graph stores names. Other words stay as typed.
 */
export function organizationName(input: string): string {
  const words = input.trim().split(/\s+/);
  const byVariant = new Map<string, string>();
  for (const b of data().bodies) for (const v of b.variants ?? []) if (!byVariant.has(fold(v))) byVariant.set(fold(v), b.name);
  const out: string[] = [];
  // Longest written form first: "UB MTTQ tỉnh" is one body, not "UB" and "MTTQ".
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let n = Math.min(5, words.length - i); n >= 1 && !taken; n--) {
      const name = byVariant.get(fold(words.slice(i, i + n).join(' ')));
      if (name) {
        out.push(name);
        taken = n;
      }
    }
    if (!taken) out.push(words[i]);
    i += taken || 1;
  }
  return out.join(' ');
}

/** A title as the graph stores it, however it is typed ("pho chu tich", "PCT" where the lexicon lists it). */
export function titleName(input: string | null | undefined, argument = 'title'): string | null {
  if (input == null) return null;
  const key = fold(input);
  if (!key) throw badInput(`${argument} must not be empty`);
  const titles = data().titles.flatMap((t) => [t.name, ...(t.variants ?? [])].map((v) => ({ key: fold(v), label: t.name })));
  const hit = titles.find((t) => t.key === key);
  if (hit) return hit.label;
  throw badInput(`unknown ${argument} "${input}"${didYouMean(nearest(key, titles))}`);
}

/** A year as filters take it: a whole number a news date can have. */
export function yearOf(input: number | null | undefined, argument: string): number | null {
  if (input == null) return null;
  if (!Number.isInteger(input) || input < 1000 || input > 9999) throw badInput(`${argument} must be a year of four digits (got ${input})`);
  return input;
}

/** Text to match a name on: not blank. */
export function nameText(input: string | null | undefined, argument: string): string | null {
  if (input == null) return null;
  if (!fold(input)) throw badInput(`${argument} must not be empty`);
  return input;
}

/**
 * A meeting kind as the graph stores it ("regular-review"), from the kind itself in any case or
 * spelling ("REGULAR_REVIEW", "regular review") or from the words that name it ("giao ban", "kỳ họp").
 */
export function meetingKind(input: string | null | undefined): string | null {
  if (input == null) return null;
  const key = fold(input).replace(/[\s_-]+/g, ' ').trim();
  if (!key) throw badInput('kind must not be empty');
  const entries = data().meetingKinds;
  const kinds = [...new Set(entries.map((e) => e.kind))].map((k) => ({ key: k.replace(/-/g, ' '), label: k }));
  const phrases = entries.map((e) => ({ key: fold(e.phrase), label: e.kind }));
  const hit = kinds.find((k) => k.key === key) ?? phrases.find((p) => p.key === key);
  if (hit) return hit.label;
  throw badInput(`unknown meeting kind "${input}"${didYouMean(nearest(key, kinds))}`);
}
