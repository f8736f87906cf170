// Whether a query asks a field of what a resolver returns (directly, or through fragments), so
// that the resolver can leave out what nobody will see: a list of titles without their articles.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, field: string): boolean {
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === field;
      if (s.kind === Kind.INLINE_FRAGMENT) return inSet(s.selectionSet);
      const fragment = info.fragments[s.name.value];
      return !fragment || inSet(fragment.selectionSet); // an unknown fragment may ask it: assume it does
    });
  return info.fieldNodes.some((node) => inSet(node.selectionSet));
}
