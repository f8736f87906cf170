import { tokenize, wordId, NO_WORD, type Token } from './tokens';

// A trie over lower-cased tokens, keyed by word id: finds the longest lexicon phrase starting at a token.
// A phrase token written in capitals in the lexicon ("TU", "UBND") only matches capitals, so
// the abbreviation "TU" never matches the word "tu".

interface Node<T> {
  next: Map<number, Node<T>>;
  hits: Array<{ value: T; upperAt: number[] }>;
  /** The hits' values when none needs capitals (most phrases): no filtering per match. */
  anyCase: T[] | null;
}

export interface PhraseMatch<T> {
  start: number; // token index
  end: number; // token index, exclusive
  values: T[];
}

export class PhraseMatcher<T> {
  private root: Node<T> = { next: new Map(), hits: [], anyCase: null };

  add(phrase: string, value: T): this {
    const toks = tokenize(phrase);
    if (!toks.length) return this;
    let node = this.root;
    for (const t of toks) {
      const id = wordId(t.lower);
      let n = node.next.get(id);
      if (!n) node.next.set(id, (n = { next: new Map(), hits: [], anyCase: null }));
      node = n;
    }
    const upperAt = toks.flatMap((t, i) => (t.isUpper && t.text.length > 1 ? [i] : []));
    node.hits.push({ value, upperAt });
    node.anyCase = node.hits.every((h) => !h.upperAt.length) ? node.hits.map((h) => h.value) : null;
    return this;
  }

  /** The ids of the words phrases start with: a cheap test before matchAt. */
  startWords(): Iterable<number> {
    return this.root.next.keys();
  }

  /** Longest match at tokens[i] (ending no later than `limit`), or null. */
  matchAt(tokens: Token[], i: number, limit = tokens.length): PhraseMatch<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: PhraseMatch<T> | null = null;
    for (let j = i; j < limit && node; j++) {
      const id = tokens[j].id;
      if (id === NO_WORD) break;
      node = node.next.get(id);
      if (!node) break;
      if (node.anyCase) best = { start: i, end: j + 1, values: node.anyCase };
      else if (node.hits.length) {
        const values = node.hits.filter((h) => h.upperAt.every((k) => tokens[i + k].isUpper)).map((h) => h.value);
        if (values.length) best = { start: i, end: j + 1, values };
      }
    }
    return best;
  }

  /** Every non-overlapping longest match, left to right. */
  scan(tokens: Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < to; ) {
      const m = this.matchAt(tokens, i, to);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}
