import { changes, EMPTY_STATE, feedHref, parseUrl, urlFor, type UrlState } from '../../src/dashboard/url-state';

const state = (s: Partial<UrlState>): UrlState => ({ ...EMPTY_STATE, ...s });

describe('links of the dashboard', () => {
  it('writes only what differs from the defaults, readable, and reads it back', () => {
    const s = state({
      province: 'Hà Nội', district: 'Hoàn Kiếm', panel: { kind: 'person', id: 'person/ha-noi/đinh-tiến-dũng' }, mode: 'meetings',
      ego: { id: 'person/ha-noi/đinh-tiến-dũng', depth: 2 }, at: '2023-07-07', filters: { since: '2023-01-01', until: null, kinds: ['BOARD', 'FRONT'], levels: [] },
    });
    const link = urlFor(s);
    const id = encodeURIComponent('đinh-tiến-dũng');
    expect(link).toBe(`/?province=H%C3%A0+N%E1%BB%99i&district=Ho%C3%A0n+Ki%E1%BA%BFm&person=person/ha-noi/${id}&view=meetings`
      + `&ego=person/ha-noi/${id}&depth=2&at=2023-07-07&since=2023-01-01&kinds=BOARD,FRONT`);
    expect(parseUrl(link.slice(1))).toEqual(s);
    expect(urlFor(EMPTY_STATE)).toBe('/');
  });

  it('a path link opens the path finder; another tab can be chosen beside it', () => {
    const path = parseUrl('?from=person/a&to=person/b&hops=6');
    expect(path.path).toEqual({ from: 'person/a', to: 'person/b', hops: 6 });
    expect(path.tab).toBe('path');
    expect(urlFor(path)).toBe('/?from=person/a&to=person/b&hops=6');
    const elsewhere = { ...path, tab: 'meetings' as const };
    expect(parseUrl(urlFor(elsewhere).slice(1))).toEqual(elsewhere);
  });

  it('each panel kind has its parameter; odd values fall back to defaults; old #province= links still work', () => {
    for (const kind of ['person', 'meeting', 'body', 'directive'] as const) expect(parseUrl(`?${kind}=x/1`).panel).toEqual({ kind, id: 'x/1' });
    const odd = parseUrl('?view=3d&at=yesterday&hops=5&from=person/a&to=person/b&kinds=BOARD,<b>&depth=9&ego=p');
    expect(odd.mode).toBe('people');
    expect(odd.at).toBeNull();
    expect(odd.path?.hops).toBe(4);
    expect(odd.filters.kinds).toEqual(['BOARD']);
    expect(odd.ego).toEqual({ id: 'p', depth: 1 });
    expect(parseUrl('', '#province=An%20Giang').province).toBe('An Giang');
  });

  it('tells which parts changed', () => {
    const a = state({ province: 'Hà Nội' });
    expect(changes(a, { ...a, panel: { kind: 'body', id: 'o' } })).toMatchObject({ place: false, panel: true, network: false, at: false });
    expect(changes(a, { ...a, mode: 'all' })).toMatchObject({ place: false, network: true });
    expect(changes(null, a)).toMatchObject({ place: true, panel: true });
  });

  it('the Atom feed of a province or a body is a link of the server', () => {
    expect(feedHref({ kind: 'province', id: 'Hà Nội' }, 'vi')).toBe('/feeds/changes.atom?province=H%C3%A0+N%E1%BB%99i');
    expect(feedHref({ kind: 'body', id: 'org/ha-noi/thanh-uy' }, 'en')).toBe('/feeds/changes.atom?body=org%2Fha-noi%2Fthanh-uy&lang=en');
  });
});
