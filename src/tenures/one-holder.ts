// Which posts have one holder at a time is lexicon data (posts.yaml), not a pattern in code: a
// domain expert adds "Chánh án" there without reading this.
import type { OrganizationKind } from '../model/facts';
import type { LexiconData } from '../lexicon/schema';
import { fold } from '../text';

export type OneHolderTest = (title: string, kind: OrganizationKind | null) => boolean;

export function oneHolderPosts(lexicon: Pick<LexiconData, 'posts' | 'titles'>): OneHolderTest {
  const nameOf = new Map(lexicon.titles.map((t) => [t.id, fold(t.name)]));
  const kindsByTitle = new Map<string, Set<OrganizationKind> | 'all'>();
  for (const p of lexicon.posts) {
    const title = nameOf.get(p.title);
    if (!title) continue;
    const known = kindsByTitle.get(title);
    if (!p.kinds || known === 'all') kindsByTitle.set(title, 'all');
    else kindsByTitle.set(title, new Set([...(known ?? []), ...p.kinds]));
  }
  return (title, kind) => {
    const kinds = kindsByTitle.get(fold(title));
    if (!kinds) return false;
    return kinds === 'all' || (kind !== null && kinds.has(kind));
  };
}
