// How the network looks: colour by what a node is, size by how connected it is. Sizes shrink as
// the graph grows so that 5,000 nodes do not cover each other.
import type { NodeKind } from './queries';

export const COLORS: Record<NodeKind, string> = {
  PERSON: '#2b6cb0',
  ORGANIZATION: '#dd6b20',
  MEETING: '#718096',
  POSITION: '#805ad5',
};
/** Communities, largest first: distinct hues that stay apart from the path's red and the dimmed grey. */
export const COMMUNITY_COLORS = ['#2b6cb0', '#2f855a', '#b7791f', '#6b46c1', '#c05621', '#0987a0', '#b83280', '#4a5568', '#68d391', '#f6ad55'];
/** People in no group of two or more. */
export const LONE_COLOR = '#90a4c0';
export const PATH_COLOR = '#e53e3e';
export const DIM_COLOR = '#e2e8f0';
export const EDGE_COLOR = '#cbd5e0';
export const MET_EDGE_COLOR = '#90cdf4';

export function nodeSize(kind: NodeKind, weight: number, order: number): number {
  const scale = order > 2000 ? 0.35 : order > 500 ? 0.75 : 1;
  const base = kind === 'MEETING' ? 2.5 : kind === 'ORGANIZATION' ? 4 : 3.5;
  return Math.min(18, (base + 2 * Math.log2(1 + weight)) * scale);
}

export const edgeSize = (weight: number) => Math.min(6, 0.5 + Math.log2(1 + weight));

/** A fixed seed, so the same network is drawn the same way each time (and in screenshots). */
export function seededRandom(seed = 42): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
