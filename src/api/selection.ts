// Whether a query asks a field of what a resolver returns (directly, or through fragments), so
// that the resolver can leave out what nobody will see: a list of titles without their articles.
import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

type Fragments = Record<string, FragmentDefinitionNode>;

function inSet(set: SelectionSetNode | undefined, field: string, fragments: Fragments): boolean {
  if (!set) return false;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD ? s.name.value === field : s.kind === Kind.INLINE_FRAGMENT ? inSet(s.selectionSet, field, fragments) : !fragments[s.name.value] || inSet(fragments[s.name.value].selectionSet, field, fragments)) {
      return true; // an unknown fragment may ask it: assume it does
    }
  }
  return false;
}

/**
 * Answers kept per field nodes: graphql-js hands every item of a list the same `fieldNodes`, and
 * a document's fragments are fixed, so the answer for one item holds for all of them.
 */
const asked = new WeakMap<readonly FieldNode[], Map<string, boolean>>();

export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, field: string): boolean {
  let known = asked.get(info.fieldNodes);
  if (!known) asked.set(info.fieldNodes, (known = new Map()));
  let answer = known.get(field);
  if (answer === undefined) {
    answer = info.fieldNodes.some((node) => inSet(node.selectionSet, field, info.fragments));
    known.set(field, answer);
  }
  return answer;
}
