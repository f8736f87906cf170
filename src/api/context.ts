import type { GraphStore } from '../store/graph-store';
import type { Loaders } from './loaders';

/** What every resolver gets: the store, this request's loaders, and whether it holds a write key. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  canWrite: boolean;
}
