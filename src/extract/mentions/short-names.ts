import type { Token } from '../common/tokens';
import { nameUnit, wordUnit, type Unit } from './units';

// After naming an official in full, reports go on with the honorific and the given name alone
// ("Ông Hoàng được chỉ định ...", "đồng chí Hải nhấn mạnh"). That word is the person when exactly one
// full name written earlier in the article ends with it, letter for letter: "Hùng" is not "Hưng", and
// two Hùng in one article leave "ông Hùng" unread (a missing fact beats a wrong one). A name in
// brackets right after another ("Nguyễn Ngọc Hương (Nguyễn Thị Kông Trà)") is the same person's other
// name, not a second person.

interface SentenceUnits {
  units: Unit[];
  tokens: Token[];
}

/** Reads each "ông/bà/đồng chí + given name" as the earlier full name it shortens, in article order, and drops bracketed aliases. */
export function withShortNames(sentences: SentenceUnits[]): Unit[][] {
  const byGiven = new Map<string, Set<string>>();
  return sentences.map(({ units, tokens }) => {
    // Most sentences change nothing: the units are copied only from the first one that does.
    let out: Unit[] | null = null;
    for (let k = 0; k < units.length; k++) {
      const u = units[k];
      let read: Unit[] | null = null;
      if (u.kind === 'name' && isBracketAlias(units, k)) read = Array.from({ length: u.end - u.start }, (_, i) => wordUnit(u.start + i));
      else if (u.kind === 'word' && units[k - 1]?.kind === 'honorific' && isGivenName(tokens[u.start]) && !continuesName(units[k + 1], tokens)) {
        const full = byGiven.get(tokens[u.start].text);
        if (full?.size === 1) read = [nameUnit(u.start, u.end, [...full][0])];
      }
      if (read) (out ??= units.slice(0, k)).push(...read);
      else out?.push(u);
    }
    const result = out ?? units;
    for (const u of result)
      if (u.kind === 'name') {
        const given = u.name.slice(u.name.lastIndexOf(' ') + 1);
        byGiven.set(given, (byGiven.get(given) ?? new Set()).add(u.name));
      }
    return result;
  });
}

const isSep = (u: Unit | undefined, char: string) => u?.kind === 'sep' && u.char === char;
const isBracketAlias = (units: Unit[], k: number) => units[k].kind === 'name' && isSep(units[k - 1], '(') && units[k - 2]?.kind === 'name' && isSep(units[k + 1], ')');
const isGivenName = (t: Token) => t.isWord && t.isCap && !t.isUpper && !/\p{N}/u.test(t.text);
// "ông Hoàng Văn A" is a full name of its own, not "ông Hoàng".
const continuesName = (next: Unit | undefined, tokens: Token[]) => next?.kind === 'word' && tokens[next.start].isCap;
