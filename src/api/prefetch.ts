// Look-ahead for a root field's answer: before graphql-js walks it, every field the query selects
// below it is resolved here once, each field's children as soon as they are there (as graphql-js
// itself goes, so each loader is asked the same keys in the same batches), and the reads are done
// by the time graphql-js gets the value. Its resolvers then answer from loaded data as plain values
// (loaders.ts `get`), and the subtree completes synchronously instead of paying a promise chain
// for every field of every object (a third of the API's own cost over the store in a list of 50
// meetings with their chairs and titles, BENCHMARKS.md).
// The resolvers called here are the schema's own, so nothing is read that the query would not
// read anyway; what they answer here is thrown away, and any error is left for graphql-js to
// raise in its place. A field this walk does not reach simply loads as before.
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { isPromise } from './sync';

/** Deeper than any query the limits allow (limits.ts: maxDepth 10). */
const MAX_LEVELS = 12;

const included = (node: SelectionNode, variables: GraphQLResolveInfo['variableValues']) => {
  if (!node.directives?.length) return true;
  const skip = getDirectiveValues(GraphQLSkipDirective, node, variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, variables);
  return include?.if !== false;
};

/** The field nodes a selection asks of `type`, through fragments, as graphql-js collects them (unmerged). */
function fieldsOf(type: GraphQLObjectType, sets: readonly SelectionSetNode[], info: GraphQLResolveInfo, out: FieldNode[] = []): FieldNode[] {
  for (const set of sets) {
    for (const s of set.selections) {
      if (!included(s, info.variableValues)) continue;
      if (s.kind === Kind.FIELD) {
        if (!s.name.value.startsWith('__')) out.push(s);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (!s.typeCondition || s.typeCondition.name.value === type.name) fieldsOf(type, [s.selectionSet], info, out);
      } else {
        const fragment = info.fragments[s.name.value];
        if (fragment && fragment.typeCondition.name.value === type.name) fieldsOf(type, [fragment.selectionSet], info, out);
      }
    }
  }
  return out;
}

/** The objects in a value: lists flattened, nulls and errors left out. */
function objectsIn(value: unknown, out: unknown[]): unknown[] {
  if (Array.isArray(value)) for (const v of value) objectsIn(v, out);
  else if (value !== null && value !== undefined && !(value instanceof Error)) out.push(value);
  return out;
}

const ignore = () => undefined;

/** The objects the query selects below `parents` (of `type`), each field's children walked as soon as they are there. */
async function walk(type: GraphQLObjectType, parents: unknown[], selections: readonly SelectionSetNode[], context: unknown, info: GraphQLResolveInfo, depth: number): Promise<void> {
  if (!parents.length || depth >= MAX_LEVELS) return;
  const fields = type.getFields();
  const waits: Array<Promise<unknown>> = [];
  for (const node of fieldsOf(type, selections, info)) {
    const field = fields[node.name.value];
    if (!field) continue;
    const child = getNamedType(field.type);
    const below = isObjectType(child) && node.selectionSet ? { type: child, selections: [node.selectionSet] } : null;
    const now: unknown[] = [];
    const later: Array<Promise<unknown>> = [];
    if (field.resolve) {
      let args: Record<string, unknown>;
      try {
        args = getArgumentValues(field, node, info.variableValues);
      } catch {
        continue; // graphql-js reports bad arguments
      }
      const fieldInfo: GraphQLResolveInfo = { ...info, fieldName: field.name, fieldNodes: [node], returnType: field.type, parentType: type };
      for (const parent of parents) {
        try {
          const answer = field.resolve(parent, args, context, fieldInfo);
          if (isPromise(answer)) later.push(answer.then(undefined, ignore));
          else if (below) objectsIn(answer, now);
        } catch {
          // graphql-js raises it in its place
        }
      }
    } else if (below) {
      for (const parent of parents) objectsIn((parent as Record<string, unknown>)[field.name], now);
    }
    if (below && now.length) waits.push(walk(below.type, now, below.selections, context, info, depth + 1));
    if (later.length) {
      const all = Promise.all(later);
      waits.push(below ? all.then((values) => walk(below.type, objectsIn(values, []), below.selections, context, info, depth + 1)) : all);
    }
  }
  await Promise.all(waits);
}

/** Resolves what the query selects below `value` (the answer of the field `info` describes), before graphql-js walks it. */
export async function prefetch(value: unknown, context: unknown, info: GraphQLResolveInfo): Promise<void> {
  const root = getNamedType(info.returnType);
  if (!isObjectType(root)) return;
  await walk(root, objectsIn(value, []), info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])), context, info, 0);
}
