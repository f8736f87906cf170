import type { LexiconIndex, SiteEntry } from '../common/lexicon-index';
import type { ProvinceEntry } from '../../lexicon/schema';
import { slug } from '../../text';
import { findDates, isoDate } from '../mentions/dates';

// The site an article comes from (sources.yaml) tells its province when the text does not: commune
// and ward portals (xa-x.tinh.gov.vn) and provincial papers rarely write it.

const hostOf = (url: string) => /^[a-z][a-z0-9+.-]*:\/\/([^/?#:@]+@)?([^/?#:]+)/i.exec(url.trim())?.[2]?.toLowerCase().replace(/\.$/, '');

/** The registry entry for a page's address: the longest listed domain the host ends with. */
export function siteOf(url: string | null | undefined, lex: LexiconIndex): SiteEntry | null {
  const host = url ? hostOf(url) : undefined;
  if (!host) return null;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const site = lex.sites.get(labels.slice(i).join('.'));
    if (site) return site;
  }
  return null;
}

// A site the registry lacks often spells its place in its name: a province's party portal
// (tinhuybinhphuoc.vn), a district's broadcaster (duyxuyenrt.vn), a city's portal (backancity.gov.vn).
// A label is that place when it is exactly the place's name, or the name with one of these words
// before or after it; nothing looser, so a name inside another word says nothing.
// Department portals glue their office's initials to the province too (tnmttuyenquang.gov.vn, sotnmtangiang...).
const DEPARTMENTS = ['so', 'tnmt', 'sotnmt', 'stnmt', 'snv', 'sonoivu', 'syt', 'soyte', 'stc', 'sotaichinh', 'sct', 'socongthuong', 'sxd', 'soxaydung', 'skhdt', 'skhcn', 'stttt', 'stp', 'sotuphap', 'svhttdl', 'sldtbxh', 'snnptnt', 'sgddt', 'sgtvt', 'sonnptnt'];
const HOST_PREFIXES = ['', 'bao', 'nongthonmoi', 'tinhuy', 'thanhuy', 'huyenuy', 'dangbo', 'hdnd', 'dbnd', 'ubnd', 'truyenhinh', 'tv', ...DEPARTMENTS];
const HOST_SUFFIXES = ['', 'city', 'tv', 'rt', 'online', 'news', 'portal', '24h'];
const placeKeys = new WeakMap<LexiconIndex, Map<string, ProvinceEntry>>();

function placesByKey(lex: LexiconIndex): Map<string, ProvinceEntry> {
  let byKey = placeKeys.get(lex);
  if (byKey) return byKey;
  byKey = new Map();
  const key = (name: string) => slug(name).replace(/-/g, '');
  // "TP. Hồ Chí Minh" is spelt "hochiminh" in a host name as well.
  for (const p of lex.data.provinces)
    for (const v of [p.name, ...(p.variants ?? [])]) for (const k of [key(v), key(v).replace(/^(tp|thanhpho)/, '')]) if (k.length >= 4) byKey.set(k, p);
  for (const d of lex.data.districts) {
    const p = lex.provinceById.get(d.province);
    // A district named like a province ("thành phố Hà Giang") is the province's anyway.
    if (p) for (const v of [d.name, ...(d.variants ?? [])]) if (key(v).length >= 4 && !byKey.has(key(v))) byKey.set(key(v), p);
  }
  placeKeys.set(lex, byKey);
  return byKey;
}

/** The province a Vietnamese host's name spells (see above), for a site the registry does not list. */
export function hostProvince(url: string | null | undefined, lex: LexiconIndex): ProvinceEntry | null {
  const host = url ? hostOf(url) : undefined;
  // Vietnamese sites only: "thanhhoa.gov.vn.example.com" is somebody else's.
  if (!host?.endsWith('.vn')) return null;
  const byKey = placesByKey(lex);
  for (const label of host.split('.'))
    for (const pre of HOST_PREFIXES) {
      if (!label.startsWith(pre)) continue;
      for (const suf of HOST_SUFFIXES) {
        if (!label.endsWith(suf) || label.length <= pre.length + suf.length) continue;
        const p = byKey.get(label.slice(pre.length, label.length - suf.length));
        if (p) return p;
      }
    }
  return null;
}

/**
 * The province a site speaks for on a given date. A province merged away on 1 July 2025 is the
 * old province for pages up to its last day and its successor after; an undated page keeps the
 * old province (those sites closed at the merger, so what they still show is older). `unlisted` is
 * the province a site missing from the registry spells in its name (hostProvince).
 */
export function siteProvince(site: SiteEntry | null, date: string | null, lex: LexiconIndex, unlisted: ProvinceEntry | null = null): string | null {
  let p = site ? site.province : unlisted;
  const day = date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 10) : null;
  // A merged province's successor may itself have merged later: follow the chain.
  for (let hops = 0; p && hops < 3 && p.validTo && p.successor && day && day > p.validTo; hops++) p = lex.provinceById.get(p.successor) ?? p;
  return p?.name ?? null;
}

/** The first date with its year written in the headline or lead, as ISO, for a page with no dateline. */
export function leadDate(readings: Array<{ isLead: boolean; sentence: { start: number; end: number } }>, text: string): string | null {
  for (const r of readings) {
    if (!r.isLead) continue;
    const d = findDates(text, r.sentence.start, r.sentence.end).find((x) => x.year !== null);
    if (d) return isoDate(d.year, d.month, d.day);
  }
  return null;
}
