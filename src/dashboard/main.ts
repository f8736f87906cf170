// Wires the page: the province and district pickers load a place; the views render what arrived;
// the language toggle redraws every label. All data comes from /graphql.
import './style.css';
import type { ExportBundle } from '../export';
import type { Locality, Meeting, Network, NetworkNode, Organization } from './api-types';
import { closePanel, openDirective, openMeeting, openOrganization, openPerson, refreshPanel } from './detail-panel';
import { $, h, replace } from './dom';
import { participationRows, renderExportMenu, tenureRows } from './export-menu';
import { NO_FILTERS, renderFilters } from './filters-form';
import { applyStaticLabels, currentLang, onLangChange, setLang, t } from './i18n';
import { renderLeadership } from './leadership-view';
import { renderMeetings } from './meeting-list';
import { setNavigation } from './navigation';
import { NetworkView } from './network-view';
import { COLORS } from './network-style';
import { createPathFinder } from './path-finder';
import { districtsOf, loadMeetings, loadNetwork, loadOrganizations, loadProvinces, type NetworkFilters } from './province-data';
import { createSearchBox } from './search-box';
import { clearStatus, showApiError, showStatus } from './status-bar';

interface State {
  provinces: Locality[];
  province: string | null;
  district: string | null;
  filters: NetworkFilters;
  organizations: Organization[];
  meetings: Meeting[];
  network: Network | null;
  /** Bumped on every load, so answers to an older choice are dropped. */
  ticket: number;
}

const state: State = { provinces: [], province: null, district: null, filters: NO_FILTERS, organizations: [], meetings: [], network: null, ticket: 0 };

const provinceSelect = $<HTMLSelectElement>('#province-select');
const districtSelect = $<HTMLSelectElement>('#district-select');
const progress = $('#graph-progress');

const network = new NetworkView($('#graph'), {
  onNodeClick: ({ id, kind }) => (kind === 'PERSON' ? openPerson(id) : kind === 'MEETING' ? openMeeting(id) : kind === 'ORGANIZATION' ? openOrganization(id) : undefined),
  onProgress: (phase, fraction) => {
    if (phase === 'done') return void (progress.hidden = true);
    progress.hidden = false;
    const text = phase === 'build' ? t('buildingNetwork', { nodes: state.network?.nodes.length ?? 0, edges: state.network?.edges.length ?? 0 }) : t('layingOut', { percent: Math.min(100, Math.round(fraction * 100)) });
    showProgress(phase === 'build' ? 0.05 : fraction, text);
  },
});

function showProgress(fraction: number | null, text: string) {
  progress.hidden = false;
  const bar = $('.bar span', progress);
  bar.style.width = fraction === null ? '100%' : `${Math.round(fraction * 100)}%`;
  bar.classList.toggle('indeterminate', fraction === null);
  $('p', progress).textContent = text;
}

// ---- rendering from state -------------------------------------------------------------------

function renderDistricts() {
  const names = districtsOf(state.organizations, state.meetings);
  replace(districtSelect, h('option', { value: '' }, t('allDistricts')), names.map((n) => h('option', { value: n, selected: n === state.district }, n)));
  districtSelect.disabled = names.length === 0;
}

function renderLists() {
  if (!state.province) return;
  renderLeadership($('#tab-leadership'), state.organizations, state.province, state.district);
  renderMeetings($('#tab-meetings'), state.meetings, state.district);
}

function renderLegend() {
  const item = (color: string, text: string) => h('span', { class: 'legend-item' }, h('i', { style: `background:${color}` }), text);
  const n = state.network;
  const summary = n ? t('networkSummary', { nodes: network.order, edges: network.relations }) : '';
  replace($('#legend'), item(COLORS.PERSON, t('legendPerson')), item(COLORS.ORGANIZATION, t('legendBody')), item(COLORS.MEETING, t('legendMeeting')),
    h('span', { class: 'muted' }, summary), n?.truncated ? h('span', { class: 'warning' }, t('truncated', { nodes: n.nodes.length })) : null);
}

/** Nodes of one district: its bodies and meetings, and the people linked to them. */
function districtFilter(): (n: NetworkNode) => boolean {
  const district = state.district;
  if (!district || !state.network) return () => true;
  const local = new Set([
    ...state.organizations.filter((o) => o.locality?.name === district).map((o) => o.id),
    ...state.meetings.filter((m) => m.locality?.name === district).map((m) => m.id),
  ]);
  const keep = new Set(local);
  for (const e of state.network.edges) {
    if (local.has(e.source)) keep.add(e.target);
    if (local.has(e.target)) keep.add(e.source);
  }
  return (n) => keep.has(n.id);
}

async function drawNetwork() {
  if (!state.network) return;
  if (!state.network.nodes.length) {
    network.kill();
    progress.hidden = true;
    showStatus('empty', t('emptyNetwork'));
    return renderLegend();
  }
  await network.show(state.network, districtFilter());
  renderLegend();
}

// ---- loading --------------------------------------------------------------------------------

async function loadNetworkOnly(ticket: number) {
  showProgress(null, t('loadingNetwork', { received: '' }));
  const data = await loadNetwork(state.province!, state.filters, undefined, {
    onProgress: (received) => showProgress(null, t('loadingNetwork', { received: `${Math.round(received / 1024)} kB` })),
  });
  if (ticket !== state.ticket) return;
  state.network = data;
  await drawNetwork();
}

async function loadPlace(province: string) {
  const ticket = ++state.ticket;
  state.province = province;
  state.district = null;
  state.organizations = [];
  state.meetings = [];
  state.network = null;
  history.replaceState(null, '', `#province=${encodeURIComponent(province)}`);
  closePanel();
  network.kill();
  showStatus('loading', t('loading'));
  replace($('#tab-leadership'), h('p', { class: 'muted' }, t('loading')));
  replace($('#tab-meetings'), h('p', { class: 'muted' }, t('loading')));
  try {
    const orgs = loadOrganizations(province).then((o) => {
      if (ticket !== state.ticket) return;
      state.organizations = o;
      renderLeadership($('#tab-leadership'), o, province, null);
    });
    const meetings = loadMeetings(province, state.filters).then((m) => {
      if (ticket !== state.ticket) return;
      state.meetings = m;
      renderMeetings($('#tab-meetings'), m, null);
    });
    await Promise.all([orgs, meetings, loadNetworkOnly(ticket)]);
    if (ticket !== state.ticket) return;
    renderDistricts();
    // Read through a cast: TypeScript keeps the `null` assigned above despite the awaits.
    if ((state.network as Network | null)?.nodes.length) clearStatus();
  } catch (e) {
    if (ticket !== state.ticket) return;
    progress.hidden = true;
    showApiError(e, () => loadPlace(province));
  }
}

async function applyFilters(filters: NetworkFilters) {
  state.filters = filters;
  renderFilters($<HTMLFormElement>('#filters'), state.filters, applyFilters);
  if (!state.province) return;
  const ticket = ++state.ticket;
  showStatus('loading', t('loading'));
  try {
    const meetings = loadMeetings(state.province, filters).then((m) => {
      if (ticket !== state.ticket) return;
      state.meetings = m;
      renderLists();
    });
    await Promise.all([meetings, loadNetworkOnly(ticket)]);
    if (ticket === state.ticket && state.network?.nodes.length) clearStatus();
  } catch (e) {
    progress.hidden = true;
    showApiError(e, () => applyFilters(filters));
  }
}

async function start() {
  showStatus('loading', t('loading'));
  try {
    state.provinces = await loadProvinces();
  } catch (e) {
    return showApiError(e, start);
  }
  if (!state.provinces.length) {
    replace(provinceSelect);
    return showStatus('empty', t('noProvinces'));
  }
  replace(provinceSelect, state.provinces.map((p) => h('option', { value: p.name }, p.name)));
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('province');
  const first = state.provinces.find((p) => p.name === fromHash)?.name ?? state.provinces[0].name;
  provinceSelect.value = first;
  await loadPlace(first);
}

// ---- province bundles for the exports -------------------------------------------------------

function viewBundle(): { bundle: ExportBundle; layout: ReturnType<NetworkView['exportable']>['layout'] } | null {
  if (!state.province) return null;
  const { network: shown, layout } = network.exportable();
  const d = state.district;
  const orgs = state.organizations.filter((o) => !d || o.locality?.name === d);
  const meetings = state.meetings.filter((m) => !d || m.locality?.name === d);
  return { bundle: { province: d ? `${state.province} - ${d}` : state.province, network: shown, tenures: tenureRows(orgs), participations: participationRows(meetings) }, layout };
}

async function provinceBundle(): Promise<ExportBundle> {
  const province = state.province!;
  const [orgs, meetings, whole] = await Promise.all([loadOrganizations(province), loadMeetings(province, NO_FILTERS), loadNetwork(province, NO_FILTERS, 10000)]);
  return { province, network: whole, tenures: tenureRows(orgs), participations: participationRows(meetings) };
}

// ---- wiring ---------------------------------------------------------------------------------

function selectTab(name: string) {
  document.querySelectorAll<HTMLElement>('[data-tab]').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.tab === name)));
  document.querySelectorAll<HTMLElement>('.tab-body').forEach((el) => (el.hidden = el.id !== `tab-${name}`));
}

setNavigation({
  openPerson,
  openMeeting,
  openOrganization,
  openDirective,
  showPath: (path) => network.showPath(path),
  selectProvince: (name) => {
    provinceSelect.value = name;
    void loadPlace(name);
  },
});

const search = createSearchBox({
  name: 'q',
  placeholder: () => t('searchPlaceholder'),
  onPick: (hit) => {
    if (hit.kind === 'PERSON') openPerson(hit.id);
    else if (hit.kind === 'MEETING') openMeeting(hit.id);
    else if (hit.kind === 'ORGANIZATION') openOrganization(hit.id);
    else openDirective(hit.id);
  },
});
$('#search').append(search.element);
const pathFinder = createPathFinder($('#tab-path'));

provinceSelect.addEventListener('change', () => loadPlace(provinceSelect.value));
districtSelect.addEventListener('change', () => {
  state.district = districtSelect.value || null;
  renderLists();
  void drawNetwork();
});
document.querySelectorAll<HTMLElement>('[data-tab]').forEach((b) => b.addEventListener('click', () => selectTab(b.dataset.tab!)));
$('#panel-close').addEventListener('click', closePanel);
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  if (network.pathShown) network.clearPath();
  else closePanel();
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
  langButton.textContent = currentLang() === 'vi' ? 'English' : 'Tiếng Việt';
  langButton.setAttribute('aria-label', currentLang() === 'vi' ? 'Switch to English' : 'Chuyển sang tiếng Việt');
  search.relabel();
  pathFinder.relabel();
  renderFilters($<HTMLFormElement>('#filters'), state.filters, applyFilters);
  renderExportMenu($('#exports'), { province: () => state.province, view: viewBundle, province_all: provinceBundle });
  if (state.provinces.length) renderDistricts();
  renderLists();
  renderLegend();
  void refreshPanel();
}
langButton.addEventListener('click', () => setLang(currentLang() === 'vi' ? 'en' : 'vi'));
onLangChange(relabel);

document.documentElement.lang = currentLang();
selectTab('leadership');
relabel();
void start();

// A handle for the browser tests and for curious users in the console (read-only use).
(window as unknown as { cadregraph: unknown }).cadregraph = { network, state };
