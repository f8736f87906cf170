// ForceAtlas2 in slices between frames: the page stays responsive and the progress bar moves
// while a large network settles. Fewer iterations for larger graphs (Barnes-Hut from 300 nodes).
import type Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { random } from 'graphology-layout';
import { seededRandom } from './network-style';

// A timer, not requestAnimationFrame: frames stop in a background tab and the layout would stall.
const nextFrame = () => new Promise<void>((r) => setTimeout(r, 0));

export function iterationsFor(order: number): number {
  return order > 3000 ? 50 : order > 1000 ? 80 : order > 300 ? 150 : 300;
}

export async function layOut(graph: Graph, onProgress: (fraction: number) => void): Promise<void> {
  random.assign(graph, { rng: seededRandom(), scale: Math.sqrt(graph.order) * 10, center: 0 });
  if (graph.order < 2) return;
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300, adjustSizes: false };
  const total = iterationsFor(graph.order);
  const slice = Math.max(1, Math.ceil(total / 25));
  for (let done = 0; done < total; done += slice) {
    forceAtlas2.assign(graph, { iterations: Math.min(slice, total - done), settings, getEdgeWeight: 'weight' });
    onProgress((done + slice) / total);
    await nextFrame();
  }
}
