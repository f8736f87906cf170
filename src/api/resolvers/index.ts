import type { Resolvers } from '../generated/graphql';
import { Mutation } from './mutation';
import { Query } from './query';
import { research } from './research';
import { tenureResolvers } from './tenures';
import { types } from './types';

// Types that several files resolve fields of are merged last, so that no file's fields hide another's.
export const resolvers: Resolvers = {
  ...types,
  ...tenureResolvers,
  ...research,
  Query: { ...Query, ...research.Query },
  Mutation,
  Tenure: { ...types.Tenure, ...tenureResolvers.Tenure },
  Person: { ...types.Person, ...research.Person },
};
