import type { LexiconIndex, SiteEntry } from '../common/lexicon-index';

// The site an article comes from (sources.yaml) tells its province when the text does not: commune
// and ward portals (xa-x.tinh.gov.vn) and provincial papers rarely write it.

/** The registry entry for a page's address: the longest listed domain the host ends with. */
export function siteOf(url: string | null | undefined, lex: LexiconIndex): SiteEntry | null {
  if (!url) return null;
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:@]+@)?([^/?#:]+)/i.exec(url.trim())?.[2]?.toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const site = lex.sites.get(labels.slice(i).join('.'));
    if (site) return site;
  }
  return null;
}

/**
 * The province a site speaks for on a given date. A province merged away on 1 July 2025 is the
 * old province for pages up to its last day and its successor after; an undated page keeps the
 * old province (those sites closed at the merger, so what they still show is older).
 */
export function siteProvince(site: SiteEntry | null, date: string | null, lex: LexiconIndex): string | null {
  let p = site?.province ?? null;
  const day = date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 10) : null;
  // A merged province's successor may itself have merged later: follow the chain.
  for (let hops = 0; p && hops < 3 && p.validTo && p.successor && day && day > p.validTo; hops++) p = lex.provinceById.get(p.successor) ?? p;
  return p?.name ?? null;
}
