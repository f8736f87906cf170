// The network drawn with sigma (WebGL). Hovering a node lights its neighbours, clicking opens
// its panel, a path found by the path finder is drawn over the rest, the time slider hides the
// edges of meetings after its date. Labels are placed by the page (network-labels.ts), not by
// sigma's grid: the most connected first, never over each other, never cut at the canvas edge.
import type Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { ExportNetwork, Layout } from '../export';
import { placeLabels, type LabelBox, type LabelCandidate } from './network-labels';
import { layOut } from './network-layout';
import { weightAt, type EdgeTime } from './network-model';
import { COLORS, DIM_COLOR, EDGE_COLOR, MET_EDGE_COLOR, PATH_COLOR, edgeSize } from './network-style';
import type { Network, NodeKind, Path } from './queries';

export interface NetworkViewEvents {
  onNodeClick(node: { id: string; kind: NodeKind }): void;
  onProgress(phase: 'build' | 'layout' | 'done', fraction: number): void;
}

interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

const LABEL_FONT = 'system-ui, sans-serif';
const LABEL_SIZE = 12;
const LABEL_HEIGHT = LABEL_SIZE + 4;
/** Meeting titles run long; a label says who or what, the panel says the rest. */
const LABEL_CHARS = 30;

export class NetworkView {
  private sigma: Sigma | null = null;
  private graph: Graph | null = null;
  private shown: ExportNetwork = { nodes: [], edges: [] };
  private hovered: string | null = null;
  private neighbours = new Set<string>();
  private highlight: Highlight | null = null;
  private generation = 0;
  private at: string | null = null;
  /** Nodes by how connected they are (label priority) and their label widths, computed once per graph. */
  private byPriority: string[] = [];
  private labelWidths = new Map<string, { text: string; width: number }>();
  private labels: LabelBox[] = [];
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly resizeObserver: ResizeObserver;

  constructor(private readonly container: HTMLElement, private readonly events: NetworkViewEvents) {
    // The panel opening beside the graph narrows it: sigma must learn its new size.
    this.resizeObserver = new ResizeObserver(() => {
      if (!this.sigma) return;
      this.sigma.resize();
      this.sigma.refresh({ skipIndexation: true });
      if (this.highlight) this.fitHighlight(0);
    });
    this.resizeObserver.observe(container);
  }

  get order() {
    return this.graph?.order ?? 0;
  }

  /** Edges drawn now (after the time slider). */
  get edgesDrawn(): number {
    let n = 0;
    this.graph?.forEachEdge((_, a) => (n += this.visibleAt(a.time as EdgeTime) ? 1 : 0));
    return n;
  }

  get pathShown(): boolean {
    return !!this.highlight;
  }

  get renderer(): Sigma | null {
    return this.sigma;
  }

  /** The labels drawn in the last frame, in CSS pixels of the graph's canvas. */
  labelBoxes(): LabelBox[] {
    return this.labels.map((b) => ({ ...b }));
  }

  /** Draws a graph from network-model; `source` is what the API sent for it (for exports). */
  async show(graph: Graph, source: Network): Promise<void> {
    const generation = ++this.generation;
    this.events.onProgress('build', 0);
    const ids = new Set(graph.nodes());
    this.shown = { nodes: source.nodes.filter((n) => ids.has(n.id)), edges: source.edges.filter((e) => ids.has(e.source) && ids.has(e.target)), truncated: source.truncated };
    graph.forEachEdge((edge, a) => graph.mergeEdgeAttributes(edge, { size: edgeSize(a.weight), color: a.met ? MET_EDGE_COLOR : EDGE_COLOR }));
    this.kill();
    this.graph = graph;
    this.highlight = null;
    await layOut(graph, (f) => this.events.onProgress('layout', f));
    if (generation !== this.generation) return; // a newer network replaced this one meanwhile
    this.byPriority = graph.nodes().sort((a, b) => graph.getNodeAttribute(b, 'weight') - graph.getNodeAttribute(a, 'weight') || (a < b ? -1 : 1));
    this.labelWidths.clear();
    this.mount(graph);
    this.events.onProgress('done', 1);
  }

  /** The network as of a day (ISO), or all of it (null). */
  setTime(at: string | null): void {
    this.at = at;
    this.sigma?.refresh({ skipIndexation: true });
  }

  private visibleAt(time: EdgeTime): boolean {
    return this.at === null || time.timeless || (time.dates.length > 0 && time.dates[0] <= this.at);
  }

  private mount(graph: Graph): void {
    const large = graph.order > 1000;
    // Thin one-pixel lines instead of antialiased rectangles when edges are many: with software
    // WebGL (headless Chromium, no GPU) 38,000 rectangles took over a second per frame (BENCHMARKS.md).
    const manyEdges = graph.size > 3000;
    const sigma = new Sigma(graph, this.container, {
      ...(manyEdges ? { defaultEdgeType: 'thin', edgeProgramClasses: { thin: EdgeLineProgram } } : {}),
      ...(large ? { defaultNodeType: 'point', nodeProgramClasses: { point: NodePointProgram } } : {}),
      renderLabels: false, // drawn by drawLabels() after each frame
      labelFont: LABEL_FONT,
      labelSize: LABEL_SIZE,
      stagePadding: 40,
      // Measured (BENCHMARKS.md): software WebGL redraws tens of thousands of edges too slowly to
      // follow the mouse; hiding them while the camera moves keeps panning smooth.
      hideEdgesOnMove: graph.size > 3000,
      zIndex: true,
      nodeReducer: (node, data) => {
        const res = { ...data };
        if (this.at !== null && data.kind === 'MEETING' && (!data.day || data.day > this.at)) res.hidden = true;
        if (this.highlight) {
          if (this.highlight.nodes.has(node)) Object.assign(res, { color: PATH_COLOR, zIndex: 2, size: Math.max(data.size, 8), hidden: false });
          else Object.assign(res, { color: DIM_COLOR, zIndex: 0 });
        } else if (this.hovered) {
          if (node === this.hovered || this.neighbours.has(node)) Object.assign(res, { zIndex: 1 });
          else if (!this.lightHover) Object.assign(res, { color: DIM_COLOR, zIndex: 0 });
        }
        return res;
      },
      edgeReducer: (edge, data) => {
        const res = { ...data };
        const time = data.time as EdgeTime;
        if (!this.visibleAt(time)) res.hidden = true;
        else if (this.at !== null && !time.timeless) res.size = edgeSize(weightAt(time, data.weight, this.at));
        if (this.highlight) {
          if (this.highlight.edges.has(edge)) Object.assign(res, { color: PATH_COLOR, size: Math.max(data.size, 3), zIndex: 2, hidden: false });
          else res.hidden = true;
        } else if (this.hovered && !res.hidden) {
          if (graph.hasExtremity(edge, this.hovered)) Object.assign(res, { color: PATH_COLOR, zIndex: 1 });
          else if (!this.lightHover) res.hidden = true;
        }
        return res;
      },
    });
    this.sigma = sigma;
    sigma.on('afterRender', () => this.drawLabels());
    sigma.scheduleRender(); // the constructor's first frame came before the listener
    sigma.on('clickNode', ({ node }) => this.events.onNodeClick({ id: node, kind: graph.getNodeAttribute(node, 'kind') }));
    sigma.on('enterNode', ({ node }) => {
      this.hovered = node;
      this.neighbours = new Set(graph.neighbors(node));
      this.container.style.cursor = 'pointer';
      this.refreshAround(node);
    });
    sigma.on('leaveNode', ({ node }) => {
      this.hovered = null;
      this.container.style.cursor = '';
      this.refreshAround(node);
      this.neighbours.clear();
    });
  }

  private get moving(): boolean {
    const s = this.sigma!;
    const mouse = s.getMouseCaptor();
    return s.getCamera().isAnimated() || mouse.isMoving || !!mouse.draggedEvents || !!mouse.currentWheelDirection;
  }

  /** Which nodes get a label now: the highlighted chain, the hovered node's neighbours, else the most connected. */
  private *candidates(): Generator<LabelCandidate> {
    const s = this.sigma!;
    const graph = this.graph!;
    const context = s.getCanvases().labels.getContext('2d')!;
    context.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
    const first = this.highlight ? [...this.highlight.nodes] : this.hovered ? [this.hovered, ...this.neighbours] : [];
    const skip = new Set(first);
    for (const id of [...first, ...this.byPriority.filter((n) => !skip.has(n))]) {
      const data = s.getNodeDisplayData(id);
      if (!data || data.hidden || (this.highlight && !this.highlight.nodes.has(id))) continue;
      let measured = this.labelWidths.get(id);
      if (!measured) {
        const full = String(graph.getNodeAttribute(id, 'label') ?? '');
        const text = full.length > LABEL_CHARS ? `${full.slice(0, LABEL_CHARS - 1)}…` : full;
        measured = { text, width: Math.ceil(context.measureText(text).width) + 4 };
        this.labelWidths.set(id, measured);
      }
      if (!measured.text) continue;
      const at = s.framedGraphToViewport(data);
      yield { id, text: measured.text, x: at.x, y: at.y, radius: s.scaleSize(data.size), width: measured.width };
    }
  }

  private drawLabels(): void {
    const s = this.sigma;
    if (!s || !this.graph) return;
    clearTimeout(this.settleTimer);
    if (this.moving) {
      // Labels come back once the camera stops (sigma draws no frame of its own then).
      this.labels = [];
      this.settleTimer = setTimeout(() => this.sigma?.scheduleRender(), 120);
      return;
    }
    const { width, height } = s.getDimensions();
    this.labels = placeLabels(this.candidates(), { width, height, lineHeight: LABEL_HEIGHT, density: this.highlight || this.hovered ? 4 : 1.2 });
    const context = s.getCanvases().labels.getContext('2d')!;
    context.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
    context.textBaseline = 'middle';
    for (const b of this.labels) {
      context.fillStyle = 'rgba(255,255,255,0.8)';
      context.fillRect(b.x, b.y, b.width, b.height);
      context.fillStyle = this.highlight?.nodes.has(b.id) ? PATH_COLOR : '#1a202c';
      context.fillText(b.text, b.x + 2, b.y + b.height / 2);
    }
  }

  /**
   * Redraws after a hover. Reprocessing every edge costs ~100 ms at 5,000 nodes and 38,000 edges
   * (measured), too slow to follow the mouse: large graphs only redraw the hovered node, its
   * neighbours and its edges, and do not dim the rest.
   */
  private refreshAround(node: string): void {
    if (!this.sigma || !this.graph) return;
    if (!this.lightHover) return void this.sigma.refresh({ skipIndexation: true });
    this.sigma.refresh({ partialGraph: { nodes: [node, ...this.neighbours], edges: this.graph.edges(node) }, skipIndexation: true });
  }

  private get lightHover(): boolean {
    return !!this.graph && (this.graph.size > 3000 || this.graph.order > 1500);
  }

  /** Lights the chain of a path; nodes not drawn (another province, another mode) are added beside it. */
  showPath(path: Path): void {
    const graph = this.graph;
    if (!this.sigma || !graph) return;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    let anchor = { x: 0, y: 0 };
    for (const n of path.nodes) {
      if (!graph.hasNode(n.id)) {
        graph.addNode(n.id, { label: n.label, kind: n.kind, weight: 0, size: 8, color: COLORS[n.kind], x: anchor.x + 20, y: anchor.y + 20, added: true });
      }
      anchor = graph.getNodeAttributes(n.id) as { x: number; y: number };
      nodes.add(n.id);
    }
    for (const s of path.steps) {
      const edge = graph.edge(s.from.id, s.to.id)
        ?? graph.addEdge(s.from.id, s.to.id, { weight: 1, size: 3, color: PATH_COLOR, relations: [s.relation], time: { dates: [], timeless: true }, added: true });
      edges.add(edge);
    }
    this.highlight = { nodes, edges };
    this.labelWidths.clear();
    this.sigma.refresh();
    this.fitHighlight(400);
  }

  /** Moves the camera so the whole chain is in view. */
  private fitHighlight(duration: number): void {
    if (!this.sigma || !this.highlight) return;
    const points = [...this.highlight.nodes].map((id) => this.sigma!.getNodeDisplayData(id)).filter((d): d is NonNullable<typeof d> => !!d);
    if (!points.length) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    const state = { x: (Math.max(...xs) + Math.min(...xs)) / 2, y: (Math.max(...ys) + Math.min(...ys)) / 2, ratio: Math.min(1.2, Math.max(0.15, span * 1.8)) };
    if (duration) this.sigma.getCamera().animate(state, { duration });
    else this.sigma.getCamera().setState(state);
  }

  clearPath(): void {
    const graph = this.graph;
    this.highlight = null;
    // Nodes and edges added for a chain leave with it.
    graph?.forEachEdge((e, a) => (a.added ? graph.dropEdge(e) : undefined));
    graph?.forEachNode((n, a) => (a.added ? graph.dropNode(n) : undefined));
    this.sigma?.refresh();
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
    this.graph?.forEachNode((id, a) => {
      if (a.added) return;
      layout[id] = { x: Math.round(a.x * 100) / 100, y: Math.round(a.y * 100) / 100, size: Math.round(a.size * 100) / 100, color: a.color };
    });
    return { network: this.shown, layout };
  }

  /** Screen position of a node, for tests and for scrolling a found node into view. */
  viewportPosition(id: string): { x: number; y: number } | null {
    if (!this.sigma || !this.graph?.hasNode(id)) return null;
    return this.sigma.graphToViewport(this.graph.getNodeAttributes(id) as { x: number; y: number });
  }

  kill(): void {
    clearTimeout(this.settleTimer);
    this.sigma?.kill();
    this.sigma = null;
    this.hovered = null;
    this.labels = [];
  }
}
