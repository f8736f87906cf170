// The network drawn with sigma (WebGL): people, bodies and meetings, edges weighted by shared
// meetings. Hovering a node lights its neighbours, clicking opens its panel, a path found by the
// path finder is drawn over the rest. Labels stay sparse so that thousands of nodes pan smoothly.
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { Network, NetworkNode, NodeKind, Path } from './api-types';
import type { ExportNetwork, Layout } from '../export';
import { layOut } from './network-layout';
import { COLORS, DIM_COLOR, EDGE_COLOR, MET_EDGE_COLOR, PATH_COLOR, edgeSize, nodeSize } from './network-style';

export interface NetworkViewEvents {
  onNodeClick(node: { id: string; kind: NodeKind }): void;
  onProgress(phase: 'build' | 'layout' | 'done', fraction: number): void;
}

interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

export class NetworkView {
  private sigma: Sigma | null = null;
  private graph = new Graph({ type: 'undirected' });
  private shown: ExportNetwork = { nodes: [], edges: [] };
  private hovered: string | null = null;
  private neighbours = new Set<string>();
  private highlight: Highlight | null = null;
  private generation = 0;

  constructor(private readonly container: HTMLElement, private readonly events: NetworkViewEvents) {}

  get order() {
    return this.graph.order;
  }

  /** Relations drawn (before merging those between the same two nodes). */
  get relations() {
    return this.shown.edges.length;
  }

  /** Draws a network; `keep` narrows it (a district) without asking the server again. */
  async show(network: Network, keep: (node: NetworkNode) => boolean = () => true): Promise<void> {
    const generation = ++this.generation;
    this.events.onProgress('build', 0);
    const nodes = network.nodes.filter(keep);
    const ids = new Set(nodes.map((n) => n.id));
    const edges = network.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
    this.shown = { nodes, edges, truncated: network.truncated };

    const graph = new Graph({ type: 'undirected' });
    for (const n of nodes) {
      graph.addNode(n.id, { label: n.label, kind: n.kind, weight: n.weight, size: nodeSize(n.kind, n.weight, nodes.length), color: COLORS[n.kind] ?? '#999', x: 0, y: 0 });
    }
    // Sigma draws one edge per pair: relations between the same two nodes are merged, weights added.
    for (const e of edges) {
      if (e.source === e.target) continue;
      const existing = graph.edge(e.source, e.target);
      if (existing) {
        graph.updateEdgeAttribute(existing, 'weight', (w: number) => w + e.weight);
        graph.updateEdgeAttribute(existing, 'relations', (r: string[]) => [...r, e.relation]);
      } else graph.addEdge(e.source, e.target, { weight: e.weight, relations: [e.relation], met: e.relation === 'MET' });
    }
    graph.forEachEdge((edge, a) => {
      graph.mergeEdgeAttributes(edge, { size: edgeSize(a.weight), color: a.met ? MET_EDGE_COLOR : EDGE_COLOR });
    });
    this.kill();
    this.graph = graph;
    this.highlight = null;
    await layOut(graph, (f) => this.events.onProgress('layout', f));
    if (generation !== this.generation) return; // a newer network replaced this one meanwhile
    this.mount();
    this.events.onProgress('done', 1);
  }

  private mount(): void {
    const large = this.graph.order > 1000;
    // Thin one-pixel lines instead of antialiased rectangles when edges are many: with software
    // WebGL (headless Chromium, no GPU) 38,000 rectangles took over a second per frame (BENCHMARKS.md).
    const manyEdges = this.graph.size > 3000;
    this.sigma = new Sigma(this.graph, this.container, {
      ...(manyEdges ? { defaultEdgeType: 'thin', edgeProgramClasses: { thin: EdgeLineProgram } } : {}),
      ...(large ? { defaultNodeType: 'point', nodeProgramClasses: { point: NodePointProgram } } : {}),
      labelRenderedSizeThreshold: large ? 12 : 5,
      labelDensity: large ? 0.05 : 0.6,
      labelGridCellSize: large ? 120 : 60,
      labelFont: 'system-ui, sans-serif',
      stagePadding: 60,
      labelSize: 12,
      // Measured (BENCHMARKS.md): software WebGL redraws tens of thousands of edges too slowly to
      // follow the mouse; hiding them while the camera moves keeps panning smooth.
      hideEdgesOnMove: this.graph.size > 3000,
      hideLabelsOnMove: large,
      zIndex: true,
      nodeReducer: (node, data) => {
        const res = { ...data };
        if (this.highlight) {
          if (this.highlight.nodes.has(node)) Object.assign(res, { color: PATH_COLOR, forceLabel: true, zIndex: 2, size: Math.max(data.size, 8) });
          else Object.assign(res, { color: DIM_COLOR, label: '', zIndex: 0 });
        } else if (this.hovered) {
          if (node === this.hovered || this.neighbours.has(node)) Object.assign(res, { forceLabel: true, zIndex: 1 });
          else if (!this.lightHover) Object.assign(res, { color: DIM_COLOR, label: '', zIndex: 0 });
        }
        return res;
      },
      edgeReducer: (edge, data) => {
        const res = { ...data };
        if (this.highlight) {
          if (this.highlight.edges.has(edge)) Object.assign(res, { color: PATH_COLOR, size: Math.max(data.size, 3), zIndex: 2 });
          else res.hidden = true;
        } else if (this.hovered) {
          if (this.graph.hasExtremity(edge, this.hovered)) Object.assign(res, { color: PATH_COLOR, zIndex: 1 });
          else if (!this.lightHover) res.hidden = true;
        }
        return res;
      },
    });
    this.sigma.on('clickNode', ({ node }) => this.events.onNodeClick({ id: node, kind: this.graph.getNodeAttribute(node, 'kind') }));
    this.sigma.on('enterNode', ({ node }) => {
      this.hovered = node;
      this.neighbours = new Set(this.graph.neighbors(node));
      this.container.style.cursor = 'pointer';
      this.refreshAround(node);
    });
    this.sigma.on('leaveNode', ({ node }) => {
      this.hovered = null;
      this.container.style.cursor = '';
      this.refreshAround(node);
      this.neighbours.clear();
    });
  }

  /**
   * Redraws after a hover. Reprocessing every edge costs ~100 ms at 5,000 nodes and 38,000 edges
   * (measured), too slow to follow the mouse: large graphs only redraw the hovered node, its
   * neighbours and its edges, and do not dim the rest.
   */
  private refreshAround(node: string): void {
    if (!this.sigma) return;
    if (!this.lightHover) return void this.sigma.refresh({ skipIndexation: true });
    this.sigma.refresh({ partialGraph: { nodes: [node, ...this.neighbours], edges: this.graph.edges(node) }, skipIndexation: true });
  }

  private get lightHover(): boolean {
    return this.graph.size > 3000 || this.graph.order > 1500;
  }

  /** Lights the chain of a path; nodes outside this view (another province) are added beside it. */
  showPath(path: Path): void {
    if (!this.sigma) return;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    let anchor = { x: 0, y: 0 };
    for (const n of path.nodes) {
      if (!this.graph.hasNode(n.id)) {
        this.graph.addNode(n.id, { label: n.label, kind: n.kind, weight: 1, size: 8, color: COLORS[n.kind], x: anchor.x + 20, y: anchor.y + 20 });
      }
      anchor = this.graph.getNodeAttributes(n.id) as { x: number; y: number };
      nodes.add(n.id);
    }
    for (const s of path.steps) {
      const edge = this.graph.edge(s.from.id, s.to.id) ?? this.graph.addEdge(s.from.id, s.to.id, { weight: 1, size: 3, color: PATH_COLOR, relations: [s.relation] });
      edges.add(edge);
    }
    this.highlight = { nodes, edges };
    this.sigma.refresh();
    const points = [...nodes].map((id) => this.sigma!.getNodeDisplayData(id)).filter((d): d is NonNullable<typeof d> => !!d);
    if (points.length) {
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
      this.sigma.getCamera().animate({ x: (Math.max(...xs) + Math.min(...xs)) / 2, y: (Math.max(...ys) + Math.min(...ys)) / 2, ratio: Math.min(1, Math.max(0.15, span * 1.6)) }, { duration: 400 });
    }
  }

  clearPath(): void {
    this.highlight = null;
    this.sigma?.refresh();
  }

  get pathShown(): boolean {
    return !!this.highlight;
  }

  zoom(factor: number | null): void {
    const camera = this.sigma?.getCamera();
    if (!camera) return;
    if (factor === null) camera.animatedReset({ duration: 300 });
    else if (factor > 1) camera.animatedUnzoom({ duration: 200, factor });
    else camera.animatedZoom({ duration: 200, factor: 1 / factor });
  }

  /** What is on screen, with where each node is drawn, for the "export what is shown" buttons. */
  exportable(): { network: ExportNetwork; layout: Layout } {
    const layout: Layout = {};
    this.graph.forEachNode((id, a) => {
      layout[id] = { x: Math.round(a.x * 100) / 100, y: Math.round(a.y * 100) / 100, size: Math.round(a.size * 100) / 100, color: a.color };
    });
    const ids = new Set(this.graph.nodes());
    return { network: { ...this.shown, nodes: this.shown.nodes.filter((n) => ids.has(n.id)) }, layout };
  }

  /** Screen position of a node, for tests and for scrolling a found node into view. */
  viewportPosition(id: string): { x: number; y: number } | null {
    if (!this.sigma || !this.graph.hasNode(id)) return null;
    return this.sigma.graphToViewport(this.graph.getNodeAttributes(id) as { x: number; y: number });
  }

  get renderer(): Sigma | null {
    return this.sigma;
  }

  kill(): void {
    this.sigma?.kill();
    this.sigma = null;
    this.hovered = null;
  }
}
