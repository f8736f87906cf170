import type { Token } from '../common/tokens';
import { nameUnit, type Unit } from './units';

// After naming an official in full, reports go on with the honorific and the given name alone
// ("Ông Hoàng được chỉ định ...", "đồng chí Hải nhấn mạnh"). That word is the person when exactly one
// full name written earlier in the article ends with it, letter for letter: "Hùng" is not "Hưng", and
// two Hùng in one article leave "ông Hùng" unread (a missing fact beats a wrong one).

interface SentenceUnits {
  units: Unit[];
  tokens: Token[];
}

/** Reads each "ông/bà/đồng chí + given name" as the earlier full name it shortens, in article order. */
export function withShortNames(sentences: SentenceUnits[]): Unit[][] {
  const byGiven = new Map<string, Set<string>>();
  return sentences.map(({ units, tokens }) => {
    const out = units.map((u, k) => {
      const single = u.kind === 'word' && units[k - 1]?.kind === 'honorific' && isGivenName(tokens[u.start]) && !continuesName(units[k + 1], tokens);
      const full = single ? byGiven.get(tokens[u.start].text) : undefined;
      return full?.size === 1 ? nameUnit(u.start, u.end, [...full][0]) : u;
    });
    for (const u of units)
      if (u.kind === 'name') {
        const given = u.name.slice(u.name.lastIndexOf(' ') + 1);
        byGiven.set(given, (byGiven.get(given) ?? new Set()).add(u.name));
      }
    return out;
  });
}

const isGivenName = (t: Token) => t.isWord && t.isCap && !t.isUpper && !/\p{N}/u.test(t.text);
// "ông Hoàng Văn A" is a full name of its own, not "ông Hoàng".
const continuesName = (next: Unit | undefined, tokens: Token[]) => next?.kind === 'word' && tokens[next.start].isCap;
