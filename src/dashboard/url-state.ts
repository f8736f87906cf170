// What the page shows, as a link: /?province=Hà Nội&person=person/ha-noi/đinh-tiến-dũng. Every
// view a reader can reach has one, so it can be pasted into a story, sent to a colleague, or
// reached again with back and forward. Pure: parse and write, nothing else.

export type PanelKind = 'person' | 'meeting' | 'body' | 'directive';
export type NetworkMode = 'people' | 'meetings' | 'all';

export interface UrlFilters {
  since: string | null;
  until: string | null;
  kinds: string[];
  levels: string[];
}

export interface UrlState {
  province: string | null;
  district: string | null;
  panel: { kind: PanelKind; id: string } | null;
  /** Path finder: two person ids and the most steps allowed. */
  path: { from: string; to: string; hops: number } | null;
  mode: NetworkMode;
  ego: { id: string; depth: 1 | 2 } | null;
  /** The network as of this date (the time slider); null: all of it. */
  at: string | null;
  filters: UrlFilters;
  /** The date the leadership lists give each tenure's state for; null: today. */
  asOf: string | null;
  tab: 'leadership' | 'meetings' | 'path' | 'watch';
}

export const PANEL_KINDS: PanelKind[] = ['person', 'meeting', 'body', 'directive'];
const MODES: NetworkMode[] = ['people', 'meetings', 'all'];
const TABS: UrlState['tab'][] = ['leadership', 'meetings', 'path', 'watch'];
export const HOP_CHOICES = [2, 4, 6, 8];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const EMPTY_STATE: UrlState = {
  province: null, district: null, panel: null, path: null, mode: 'people', ego: null, at: null,
  filters: { since: null, until: null, kinds: [], levels: [] }, asOf: null, tab: 'leadership',
};

const date = (v: string | null) => (v && ISO_DAY.test(v) ? v : null);
const list = (v: string | null) => (v ? v.split(',').map((s) => s.trim()).filter((s) => /^[A-Z_]+$/.test(s)) : []);

/** Reads a link; an old `#province=` link still opens its province. Unknown values fall back to defaults. */
export function parseUrl(search: string, hash = ''): UrlState {
  const q = new URLSearchParams(search);
  const legacy = new URLSearchParams(hash.replace(/^#/, ''));
  const kind = PANEL_KINDS.find((k) => q.get(k));
  const from = q.get('from');
  const to = q.get('to');
  const hops = Number(q.get('hops'));
  const ego = q.get('ego');
  const mode = q.get('view') as NetworkMode;
  const tab = q.get('tab') as UrlState['tab'];
  const path = from && to ? { from, to, hops: HOP_CHOICES.includes(hops) ? hops : 4 } : null;
  return {
    province: q.get('province') || legacy.get('province') || null,
    district: q.get('district') || null,
    panel: kind ? { kind, id: q.get(kind)! } : null,
    path,
    mode: MODES.includes(mode) ? mode : 'people',
    ego: ego ? { id: ego, depth: q.get('depth') === '2' ? 2 : 1 } : null,
    at: date(q.get('at')),
    filters: { since: date(q.get('since')), until: date(q.get('until')), kinds: list(q.get('kinds')), levels: list(q.get('levels')) },
    asOf: date(q.get('asOf')),
    tab: TABS.includes(tab) ? tab : path ? 'path' : 'leadership',
  };
}

/** Query values stay readable: "/" and "," are left as they are, spaces become "+". */
const encode = (v: string) => encodeURIComponent(v).replace(/%2F/gi, '/').replace(/%2C/gi, ',').replace(/%20/g, '+');

/** The link of a state: only what differs from the defaults, in a fixed order. */
export function urlFor(s: UrlState): string {
  const pairs: Array<[string, string | null | undefined]> = [
    ['province', s.province],
    ['district', s.district],
    ...(s.panel ? [[s.panel.kind, s.panel.id] as [string, string]] : []),
    ['from', s.path?.from],
    ['to', s.path?.to],
    ['hops', s.path && s.path.hops !== 4 ? String(s.path.hops) : null],
    ['tab', s.tab !== (s.path ? 'path' : 'leadership') ? s.tab : null],
    ['view', s.mode !== 'people' ? s.mode : null],
    ['ego', s.ego?.id],
    ['depth', s.ego?.depth === 2 ? '2' : null],
    ['at', s.at],
    ['since', s.filters.since],
    ['until', s.filters.until],
    ['kinds', s.filters.kinds.join(',') || null],
    ['levels', s.filters.levels.join(',') || null],
    ['asOf', s.asOf],
  ];
  const query = pairs.filter(([, v]) => v).map(([k, v]) => `${k}=${encode(v!)}`).join('&');
  return query ? `/?${query}` : '/';
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Which parts changed between two states, so the page redoes only those. */
export function changes(before: UrlState | null, after: UrlState) {
  return {
    place: !before || before.province !== after.province,
    filters: !before || !same(before.filters, after.filters),
    district: !before || before.district !== after.district,
    panel: !before || !same(before.panel, after.panel),
    path: !before || !same(before.path, after.path),
    network: !before || before.mode !== after.mode || !same(before.ego, after.ego),
    at: !before || before.at !== after.at,
    asOf: !before || before.asOf !== after.asOf,
    tab: !before || before.tab !== after.tab,
  };
}

/** The server's Atom feed of the changes of a province or a body (`lang=en`: the feed's own words in English). */
export function feedHref(f: { kind: 'province' | 'body'; id: string }, lang: string): string {
  const q = new URLSearchParams(f.kind === 'body' ? { body: f.id } : { province: f.id });
  if (lang === 'en') q.set('lang', 'en');
  return `/feeds/changes.atom?${q}`;
}
