import writeGexf from 'graphology-gexf/common/writer.js';
import { networkToGraph } from './network-graph';
import type { ExportNetwork, Layout } from './types';

/** GEXF 1.3 (what Gephi reads); node kind, category, level and weight become attributes. */
export function toGexf(network: ExportNetwork, layout?: Layout): string {
  return writeGexf(networkToGraph(network, layout), { version: '1.3' });
}
