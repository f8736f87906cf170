// Wires the page. What is shown is a link (url-state.ts): every choice a reader makes pushes a
// new link to the history and applies it, and back, forward or a pasted link apply theirs the
// same way. Applying a link redoes only what changed (the place, the network, the panel, the path).
import './style.css';
import type { ExportBundle } from '../export';
import { closePanel, openPanel, refreshPanel } from './detail-panel';
import { $, h, replace } from './dom';
import { participationRows, renderExportMenu, tenureRows } from './export-menu';
import { NO_FILTERS, renderFilters } from './filters-form';
import { applyStaticLabels, currentLang, onLangChange, setLang, t } from './i18n';
import { renderLeadership } from './leadership-view';
import { renderMeetings } from './meeting-list';
import { setNavigation } from './navigation';
import { createNetworkControls } from './network-controls';
import { buildModel } from './network-model';
import { COLORS } from './network-style';
import { NetworkView } from './network-view';
import { createPathFinder } from './path-finder';
import { districtsOf, loadMeetings, loadNetwork, loadOrganizations, loadProvinces } from './province-data';
import type { Locality, Meeting, Network, NetworkNode, Organization, Path } from './queries';
import { createSearchBox } from './search-box';
import { clearStatus, showApiError, showStatus } from './status-bar';
import { changes, EMPTY_STATE, feedHref, parseUrl, urlFor, type PanelKind, type UrlState } from './url-state';
import { createWatchView } from './watch-view';

interface Loaded {
  provinces: Locality[];
  /** The place and filters the lists and the network below were loaded for. */
  province: string | null;
  filters: string;
  /** The date the organizations' tenure states were read for. */
  asOf: string | null;
  organizations: Organization[];
  meetings: Meeting[];
  network: Network | null;
  communities: number;
  egoMissing: boolean;
  days: string[];
  /** The chain the path finder found last, drawn again after each redraw of the network. */
  path: Path | null;
}

const loaded: Loaded = { provinces: [], province: null, filters: '', asOf: null, organizations: [], meetings: [], network: null, communities: 0, egoMissing: false, days: [], path: null };
/** The link applied last (what the page shows, or is loading). */
let shown: UrlState = EMPTY_STATE;
let applied: UrlState | null = null;
/** Bumped on every link applied, so answers to an older link are dropped. */
let ticket = 0;

const provinceSelect = $<HTMLSelectElement>('#province-select');
const districtSelect = $<HTMLSelectElement>('#district-select');
const progress = $('#graph-progress');

const KIND_PANEL: Partial<Record<NetworkNode['kind'], PanelKind>> = { PERSON: 'person', MEETING: 'meeting', ORGANIZATION: 'body' };

const network = new NetworkView($('#graph'), {
  onNodeClick: ({ id, kind }) => {
    const panel = KIND_PANEL[kind];
    if (panel) navigate({ panel: { kind: panel, id } });
  },
  onProgress: (phase, fraction) => {
    if (phase === 'done') return void (progress.hidden = true);
    const text = phase === 'build' ? t('buildingNetwork', { nodes: loaded.network?.nodes.length ?? 0, edges: loaded.network?.edges.length ?? 0 }) : t('layingOut', { percent: Math.min(100, Math.round(fraction * 100)) });
    showProgress(phase === 'build' ? 0.05 : fraction, text);
  },
});

const controls = createNetworkControls($('#network-controls'), {
  onMode: (mode) => navigate({ mode }),
  onEgo: (ego) => navigate({ ego }),
  onTime: (at, final) => {
    network.setTime(at);
    shown = { ...shown, at };
    applied = shown;
    // Dragging or playing the slider is one place in the history, not one per step.
    if (final) history.replaceState(null, '', urlFor(shown));
    renderLegend();
  },
});

function showProgress(fraction: number | null, text: string) {
  progress.hidden = false;
  const bar = $('.bar span', progress);
  bar.style.width = fraction === null ? '100%' : `${Math.round(fraction * 100)}%`;
  bar.classList.toggle('indeterminate', fraction === null);
  $('p', progress).textContent = text;
}

// ---- links ----------------------------------------------------------------------------------

/** A reader's choice: a new entry in the history (or the current one replaced), then shown. */
function navigate(change: Partial<UrlState>, options: { replace?: boolean } = {}): void {
  const next = { ...shown, ...change };
  if (options.replace) history.replaceState(null, '', urlFor(next));
  else history.pushState(null, '', urlFor(next));
  void apply(next);
}

window.addEventListener('popstate', () => void apply(parseUrl(location.search, location.hash)));

async function apply(next: UrlState): Promise<void> {
  const mine = ++ticket;
  const before = applied;
  shown = next;
  applied = next;
  selectTab(next.tab);
  // The watchlist is read when the page starts (its count on the tab) and again when it is opened.
  if (next.tab === 'watch' && before && before.tab !== 'watch') void watch.refresh();
  let panelOpened = false;
  if (!loaded.provinces.length) return;

  // A link without a province (a person sent by a colleague, a search result) opens the
  // province of what it shows.
  if (!next.province) {
    let province: string | null = null;
    if (next.panel) {
      province = (await openPanel(next.panel.kind, next.panel.id))?.province ?? null;
      panelOpened = true;
      if (mine !== ticket) return;
    }
    const known = (p: string | null) => loaded.provinces.find((x) => x.name === p)?.name ?? null;
    next = { ...next, province: known(province) ?? before?.province ?? loaded.provinces[0].name };
    shown = next;
    applied = next;
    history.replaceState(null, '', urlFor(next));
  }
  const c = changes(before, next);
  if (c.panel && !panelOpened) {
    if (next.panel) void openPanel(next.panel.kind, next.panel.id);
    else closePanel();
  }
  if (c.path) {
    loaded.path = null;
    if (!next.path) network.clearPath();
    void pathFinder.run(next.path);
  }
  provinceSelect.value = next.province!;
  if (c.place) renderPlaceTools();
  const filtersKey = JSON.stringify(next.filters);
  try {
    if (loaded.province !== next.province || loaded.filters !== filtersKey) await (placeLoad = loadPlace(next));
    else {
      // What follows works on the place's data: a load still under way finishes first.
      await placeLoad;
      if (mine !== ticket) return;
      if (loaded.asOf !== next.asOf) await loadStates(next, mine);
      else if (c.district || c.network) {
        renderDistricts();
        renderLists();
        await drawNetwork();
      } else if (c.at) {
        network.setTime(next.at);
        renderControls();
      }
    }
  } catch (e) {
    if (mine !== ticket) return;
    progress.hidden = true;
    showApiError(e, () => {
      loaded.province = null;
      void apply(shown);
    });
  }
}

// ---- rendering ------------------------------------------------------------------------------

function renderDistricts() {
  const names = districtsOf(loaded.organizations, loaded.meetings);
  replace(districtSelect, h('option', { value: '' }, t('allDistricts')), names.map((n) => h('option', { value: n, selected: n === shown.district }, n)));
  districtSelect.disabled = names.length === 0;
}

function renderLists() {
  if (!loaded.province) return;
  renderLeadership($('#tab-leadership'), loaded.organizations, {
    place: loaded.province, district: shown.district, asOf: loaded.asOf, onAsOf: (asOf) => navigate({ asOf }),
  });
  renderMeetings($('#tab-meetings'), loaded.meetings, shown.district);
}

/** Following the province, and its Atom feed announced to browsers and feed readers. */
function renderPlaceTools() {
  const province = shown.province;
  if (!province) return;
  replace($('#follow-province'), watch.followButton({ kind: 'province', id: province, label: province }));
  let link = document.querySelector<HTMLLinkElement>('link#changes-feed');
  if (!link) document.head.append((link = h('link', { id: 'changes-feed', rel: 'alternate', type: 'application/atom+xml' })));
  link.href = feedHref({ kind: 'province', id: province }, currentLang());
  link.title = t('feedOf', { place: province });
}

function renderLegend() {
  const item = (color: string, text: string) => {
    const dot = h('i', {});
    dot.style.background = color;
    return h('span', { class: 'legend-item' }, dot, text);
  };
  const n = loaded.network;
  const kinds = shown.mode === 'people' ? [] : shown.mode === 'meetings' ? ['MEETING'] : ['ORGANIZATION', 'MEETING'];
  replace($('#legend'),
    loaded.communities ? h('span', { class: 'legend-item' }, t('legendCommunities', { n: loaded.communities })) : item(COLORS.PERSON, t('legendPerson')),
    kinds.map((k) => (k === 'MEETING' ? item(COLORS.MEETING, t('legendMeeting')) : item(COLORS.ORGANIZATION, t('legendBody')))),
    n ? h('span', { class: 'muted network-summary' }, t('networkSummary', { nodes: network.order, edges: network.edgesDrawn })) : null,
    n?.truncated ? h('span', { class: 'warning' }, t('truncated', { n: n.nodes.length })) : null);
}

function renderControls() {
  const ego = shown.ego ? { ...shown.ego, name: loaded.network?.nodes.find((n) => n.id === shown.ego!.id)?.label ?? null } : null;
  controls.render({ mode: shown.mode, days: loaded.days, at: shown.at, ego, egoMissing: loaded.egoMissing });
}

/** Nodes of one district: its bodies and meetings, and the people linked to them. */
function districtFilter(): (n: NetworkNode) => boolean {
  const district = shown.district;
  if (!district || !loaded.network) return () => true;
  const local = new Set([
    ...loaded.organizations.filter((o) => o.locality?.name === district).map((o) => o.id),
    ...loaded.meetings.filter((m) => m.locality?.name === district).map((m) => m.id),
  ]);
  const keep = new Set(local);
  for (const e of loaded.network.edges) {
    if (local.has(e.source)) keep.add(e.target);
    if (local.has(e.target)) keep.add(e.source);
  }
  return (n) => keep.has(n.id);
}

/** Bumped on every drawing of the network, so that only the latest one finishes. */
let draws = 0;

async function drawNetwork() {
  const mine = ++draws;
  const source = loaded.network;
  if (!source) return;
  controls.stop();
  if (!source.nodes.length) {
    network.kill();
    progress.hidden = true;
    showStatus('empty', t('emptyNetwork'));
    return renderLegend();
  }
  const model = buildModel({
    network: source, mode: shown.mode, ego: shown.ego, keep: districtFilter(),
    meetingDates: new Map(loaded.meetings.map((m) => [m.id, m.date])),
  });
  Object.assign(loaded, { communities: model.communities, egoMissing: model.egoMissing, days: model.days });
  renderControls();
  network.setTime(shown.at);
  await network.show(model.graph, source);
  if (mine !== draws) return;
  if (loaded.path) network.showPath(loaded.path);
  renderLegend();
}

/** The place being loaded; links applied meanwhile that keep the place wait for it. */
let placeLoad: Promise<void> | null = null;

async function loadPlace(next: UrlState) {
  const province = next.province!;
  const filters = JSON.stringify(next.filters);
  Object.assign(loaded, { province, filters, asOf: next.asOf, organizations: [], meetings: [], network: null, days: [] });
  network.kill();
  showStatus('loading', t('loading'));
  renderFilters($<HTMLFormElement>('#filters'), next.filters, (filters) => navigate({ filters, at: null }));
  delete $('#tab-leadership').dataset.asOf;
  replace($('#tab-leadership'), h('p', { class: 'muted' }, t('loading')));
  replace($('#tab-meetings'), h('p', { class: 'muted' }, t('loading')));
  showProgress(null, t('loadingNetwork', { received: '' }));
  const [organizations, meetings, net] = await Promise.all([
    loadOrganizations(province, next.asOf),
    loadMeetings(province, next.filters),
    loadNetwork(province, next.filters, undefined, {
      onProgress: (received) => showProgress(null, t('loadingNetwork', { received: `${Math.round(received / 1024)} kB` })),
    }),
  ]);
  // Another place asked for meanwhile: its own load shows it.
  if (loaded.province !== province || loaded.filters !== filters) return;
  Object.assign(loaded, { organizations, meetings, network: net });
  renderDistricts();
  renderLists();
  await drawNetwork();
  if (net.nodes.length) clearStatus();
}

/** Another date for the tenure states: only the bodies are read again. */
async function loadStates(next: UrlState, mine: number) {
  const list = $('#tab-leadership');
  delete list.dataset.asOf;
  replace(list, h('p', { class: 'muted' }, t('loading')));
  const organizations = await loadOrganizations(next.province!, next.asOf);
  if (mine !== ticket) return;
  Object.assign(loaded, { organizations, asOf: next.asOf });
  renderLists();
}

async function start() {
  showStatus('loading', t('loading'));
  try {
    loaded.provinces = await loadProvinces();
  } catch (e) {
    return showApiError(e, start);
  }
  if (!loaded.provinces.length) {
    replace(provinceSelect);
    return showStatus('empty', t('noProvinces'));
  }
  replace(provinceSelect, loaded.provinces.map((p) => h('option', { value: p.name, translate: 'no' }, p.name)));
  applied = null;
  void watch.refresh();
  await apply(parseUrl(location.search, location.hash));
}

// ---- province bundles for the exports -------------------------------------------------------

function viewBundle(): { bundle: ExportBundle; layout: ReturnType<NetworkView['exportable']>['layout'] } | null {
  if (!loaded.province) return null;
  const { network: drawn, layout } = network.exportable();
  const d = shown.district;
  const orgs = loaded.organizations.filter((o) => !d || o.locality?.name === d);
  const meetings = loaded.meetings.filter((m) => !d || m.locality?.name === d);
  return { bundle: { province: d ? `${loaded.province} - ${d}` : loaded.province, network: drawn, tenures: tenureRows(orgs), participations: participationRows(meetings) }, layout };
}

async function provinceBundle(): Promise<ExportBundle> {
  const province = loaded.province!;
  const [orgs, meetings, whole] = await Promise.all([loadOrganizations(province), loadMeetings(province, NO_FILTERS), loadNetwork(province, NO_FILTERS, 10000)]);
  return { province, network: whole, tenures: tenureRows(orgs), participations: participationRows(meetings) };
}

// ---- wiring ---------------------------------------------------------------------------------

function selectTab(name: UrlState['tab']) {
  document.querySelectorAll<HTMLElement>('[data-tab]').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.tab === name)));
  document.querySelectorAll<HTMLElement>('.tab-body').forEach((el) => (el.hidden = el.id !== `tab-${name}`));
}

setNavigation({
  open: (panel) => navigate({ panel }),
  href: (panel) => urlFor({ ...shown, panel }),
  showPath: (path) => {
    loaded.path = path;
    network.showPath(path);
  },
  ego: (ego) => navigate({ ego }),
  followButton: (f) => watch.followButton(f),
});

const search = createSearchBox({
  name: 'q',
  placeholder: () => t('searchPlaceholder'),
  onPick: (hit) => {
    const kind: PanelKind = hit.kind === 'PERSON' ? 'person' : hit.kind === 'MEETING' ? 'meeting' : hit.kind === 'ORGANIZATION' ? 'body' : 'directive';
    navigate({ panel: { kind, id: hit.id }, province: null, district: null, ego: null, at: null });
  },
});
$('#search').append(search.element);
const pathFinder = createPathFinder($('#tab-path'), (path) => navigate({ path, tab: 'path' }));
const watch = createWatchView($('#tab-watch'), $('#watch-count'), {
  lang: currentLang,
  openProvince: (province) => navigate({ province, district: null, panel: null, ego: null, at: null }),
});

provinceSelect.addEventListener('change', () => navigate({ province: provinceSelect.value, district: null, panel: null, ego: null, at: null }));
districtSelect.addEventListener('change', () => navigate({ district: districtSelect.value || null }));
document.querySelectorAll<HTMLElement>('[data-tab]').forEach((b) =>
  b.addEventListener('click', () => navigate({ tab: b.dataset.tab as UrlState['tab'] }, { replace: true })));
$('#panel-close').addEventListener('click', () => navigate({ panel: null }));
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  if (network.pathShown) network.clearPath();
  else if (shown.panel) navigate({ panel: null });
});
$('#zoom-in').addEventListener('click', () => network.zoom(0.67));
$('#zoom-out').addEventListener('click', () => network.zoom(1.5));
$('#zoom-reset').addEventListener('click', () => {
  network.clearPath();
  network.zoom(null);
});
const langButton = $('#lang-toggle');

function relabel() {
  applyStaticLabels();
  langButton.textContent = t('langSwitch');
  langButton.setAttribute('lang', currentLang() === 'vi' ? 'en' : 'vi');
  langButton.setAttribute('aria-label', t('langSwitchLabel'));
  search.relabel();
  pathFinder.relabel();
  renderFilters($<HTMLFormElement>('#filters'), shown.filters, (filters) => navigate({ filters, at: null }));
  renderExportMenu($('#exports'), { province: () => loaded.province, view: viewBundle, province_all: provinceBundle });
  if (loaded.provinces.length) renderDistricts();
  renderLists();
  renderLegend();
  renderControls();
  renderPlaceTools();
  if (loaded.provinces.length) void watch.refresh();
  void refreshPanel();
}
langButton.addEventListener('click', () => setLang(currentLang() === 'vi' ? 'en' : 'vi'));
onLangChange(relabel);

document.documentElement.lang = currentLang();
relabel();
void start();

// A handle for the browser tests and for curious users in the console (read-only use).
(window as unknown as { cadregraph: unknown }).cadregraph = { network, loaded, link: () => shown };
