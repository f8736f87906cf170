import { tokenize, type Token } from './tokens';

// A trie over lower-cased tokens: finds the longest lexicon phrase starting at a token.
// A phrase token written in capitals in the lexicon ("TU", "UBND") only matches capitals, so
// the abbreviation "TU" never matches the word "tu".

interface Node<T> {
  next: Map<string, Node<T>>;
  hits: Array<{ value: T; upperAt: number[] }>;
}

export interface PhraseMatch<T> {
  start: number; // token index
  end: number; // token index, exclusive
  values: T[];
}

export class PhraseMatcher<T> {
  private root: Node<T> = { next: new Map(), hits: [] };

  add(phrase: string, value: T): this {
    const toks = tokenize(phrase);
    if (!toks.length) return this;
    let node = this.root;
    for (const t of toks) {
      let n = node.next.get(t.lower);
      if (!n) node.next.set(t.lower, (n = { next: new Map(), hits: [] }));
      node = n;
    }
    const upperAt = toks.flatMap((t, i) => (t.isUpper && t.text.length > 1 ? [i] : []));
    node.hits.push({ value, upperAt });
    return this;
  }

  /** The words phrases start with (lower-cased): a cheap test before matchAt. */
  startWords(): Iterable<string> {
    return this.root.next.keys();
  }

  /** Longest match at tokens[i] (ending no later than `limit`), or null. */
  matchAt(tokens: Token[], i: number, limit = tokens.length): PhraseMatch<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: PhraseMatch<T> | null = null;
    for (let j = i; j < limit && node; j++) {
      node = node.next.get(tokens[j].lower);
      if (!node) break;
      if (node.hits.length) {
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
