import type { GraphQLFieldResolver } from 'graphql';
import type { Resolvers } from '../generated/graphql';
import { prefetch } from '../prefetch';
import { then } from '../sync';
import { Mutation } from './mutation';
import { Query } from './query';
import { research } from './research';
import { tenureResolvers } from './tenures';
import { types } from './types';

type Resolver = GraphQLFieldResolver<unknown, unknown>;

/** A root field answers once what its query selects below is loaded (prefetch.ts), so that graphql-js walks it without waiting. */
const prefetching = (fields: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(fields).map(([name, resolve]) => [
      name,
      ((parent, args, context, info) =>
        then((resolve as Resolver)(parent, args, context, info), (value) => prefetch(value, context, info).then(() => value, () => value))) as Resolver,
    ]),
  );

// Types that several files resolve fields of are merged last, so that no file's fields hide another's.
export const resolvers: Resolvers = {
  ...types,
  ...tenureResolvers,
  ...research,
  Query: prefetching({ ...Query, ...research.Query }) as Resolvers['Query'],
  Mutation,
  Tenure: { ...types.Tenure, ...tenureResolvers.Tenure },
  Person: { ...types.Person, ...research.Person },
};
