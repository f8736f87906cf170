// ForceAtlas2 in slices between frames: the page stays responsive and the progress bar moves
// while a large network settles. Nodes start grouped by community (circle packing), so far fewer
// iterations reach a readable layout; the iterations are set by the work per iteration (nodes
// and edges), so a large network is drawn in bounded time (Barnes-Hut from 300 nodes).
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { circlepack } from 'graphology-layout';
import { seededRandom } from './network-style';

// A timer, not requestAnimationFrame: frames stop in a background tab and the layout would stall.
const nextFrame = () => new Promise<void>((r) => setTimeout(r, 0));

export function iterationsFor(order: number, size: number): number {
  const work = order + size / 4;
  return work > 8000 ? 40 : work > 3000 ? 60 : order > 300 ? 150 : 300;
}

export async function layOut(graph: Graph, onProgress: (fraction: number) => void): Promise<void> {
  // A fixed seed, so the same network is drawn the same way each time (and in screenshots).
  circlepack.assign(graph, { hierarchyAttributes: ['community'], rng: seededRandom(), scale: Math.sqrt(graph.order) * 10, center: 0 });
  if (graph.order < 2) return;
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300, adjustSizes: false };
  const total = iterationsFor(graph.order, graph.size);
  const slice = Math.max(1, Math.ceil(total / 25));
  for (let done = 0; done < total; done += slice) {
    forceAtlas2.assign(graph, { iterations: Math.min(slice, total - done), settings, getEdgeWeight: 'weight' });
    onProgress((done + slice) / total);
    await nextFrame();
  }
}
