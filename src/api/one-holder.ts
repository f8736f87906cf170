// Which posts have one holder at a time comes from the lexicon (posts.yaml), read once per process.
import { lexiconData } from '../lexicon';
import { oneHolderPosts, type OneHolderTest } from '../tenures';

let test: OneHolderTest | undefined;

export function isOneHolderPost(title: string, kind: Parameters<OneHolderTest>[1]): boolean {
  test ??= oneHolderPosts(lexiconData());
  return test(title, kind);
}
