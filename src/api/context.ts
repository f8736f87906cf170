import type { GraphStore } from '../store/graph-store';
import type { Loaders } from './loaders';

/** What every resolver gets: the store, this request's loaders, what its key allows, and settings. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  canWrite: boolean;
  /** Who a write is recorded as (merge reviews): the name given to the key, never the key. */
  reviewer: string | null;
  /** See Tenure.state: how long a citation keeps a tenure HOLDING. */
  staleMonths: number;
}
