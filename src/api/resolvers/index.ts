import type { Resolvers } from '../generated/graphql';
import { Mutation } from './mutation';
import { Query } from './query';
import { tenureResolvers } from './tenures';
import { types } from './types';

export const resolvers: Resolvers = { Query, Mutation, ...types, ...tenureResolvers, Tenure: { ...types.Tenure, ...tenureResolvers.Tenure } };
