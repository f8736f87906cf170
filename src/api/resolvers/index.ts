import type { Resolvers } from '../generated/graphql';
import { Mutation } from './mutation';
import { Query } from './query';
import { types } from './types';

export const resolvers: Resolvers = { Query, Mutation, ...types };
