// Small pieces shared by the lists and panels: dates, links to people, bodies and meetings,
// sources. What comes from the graph (names, titles, quotes) is marked translate="no": it is
// data, shown as the articles write it, in either language of the page.
import { formatDateIn, type DateStyle } from './dates';
import { h } from './dom';
import { locale, t } from './i18n';
import { nav } from './navigation';
import type { Source } from './queries';

/** A date of the graph in the page's language ("15/03/2024", "15 Mar 2024", "2 October (year unknown)"). */
export const formatDate = (iso: string | null | undefined, style: DateStyle = 'short') => formatDateIn(iso, locale(), t('yearUnknown'), style) ?? '—';

/** Text of the graph: never translated, never parsed as markup. */
export const data = (text: string, className?: string) => h('span', { class: className, translate: 'no' }, text);

export const personLink = (p: { id: string; name: string }) =>
  h('a', { href: nav.href({ kind: 'person', id: p.id }), class: 'person-link', 'data-person-id': p.id, translate: 'no', onclick: follow(() => nav.open({ kind: 'person', id: p.id })) }, p.name);

export const meetingLink = (m: { id: string; title: string | null; date: string | null }) =>
  h('a', { href: nav.href({ kind: 'meeting', id: m.id }), class: 'meeting-link', 'data-meeting-id': m.id, translate: m.title ? 'no' : undefined, onclick: follow(() => nav.open({ kind: 'meeting', id: m.id })) },
    m.title ?? formatDate(m.date));

export const orgLink = (o: { id: string; name: string }) =>
  h('a', { href: nav.href({ kind: 'body', id: o.id }), class: 'org-link', 'data-org-id': o.id, translate: 'no', onclick: follow(() => nav.open({ kind: 'body', id: o.id })) }, o.name);

export const directiveLink = (d: { id: string; kind: string; number: string }) =>
  h('a', { href: nav.href({ kind: 'directive', id: d.id }), class: 'directive-link', translate: 'no', onclick: follow(() => nav.open({ kind: 'directive', id: d.id })) }, `${d.kind} ${d.number}`);

/** A real link (it can be opened in a new tab or copied), followed inside the page on a plain click. */
function follow(go: () => void) {
  return (e: Event) => {
    const m = e as MouseEvent;
    if (m.button !== 0 || m.metaKey || m.ctrlKey || m.shiftKey || m.altKey) return;
    e.preventDefault();
    go();
  };
}

/** Only web addresses become links: an article's url is data, and `javascript:` must not run. */
export const safeUrl = (url: string | null | undefined): string | null => (url && /^https?:\/\//i.test(url.trim()) ? url.trim() : null);

const unique = (sources: Source[]) => {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.articleId + (s.quote ?? '')) && seen.add(s.articleId + (s.quote ?? '')));
};

function sourceHead(s: Source): HTMLElement {
  const name = s.title ?? s.articleId;
  const url = safeUrl(s.url);
  return url
    ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'source-link', translate: 'no' }, name)
    : h('span', { class: 'source-title', title: t('noLink'), translate: 'no' }, name);
}

const sourceMeta = (s: Source) => ['publisher' in s ? s.publisher : null, 'publishedAt' in s && s.publishedAt ? formatDate(s.publishedAt) : null].filter(Boolean).join(' · ');

/** One line per article: a link when the article has an address, and the sentence it states. */
export function sourceList(sources: Source[], withQuotes = true): HTMLElement {
  return h('ul', { class: 'sources' }, unique(sources).map((s) => {
    const meta = sourceMeta(s);
    return h('li', {}, sourceHead(s), meta ? h('span', { class: 'muted', translate: 'no' }, ` · ${meta}`) : null,
      withQuotes && s.quote ? h('q', { class: 'quote', translate: 'no' }, s.quote) : null);
  }));
}

/** The sources of a row where space is short: the article links always shown, the sentences one tap away. */
export function sourceCards(sources: Source[]): HTMLElement {
  return h('ul', { class: 'source-cards' }, unique(sources).map((s) =>
    h('li', { class: 'source-card' }, sourceHead(s),
      s.quote ? h('details', {}, h('summary', {}, t('quote')), h('q', { class: 'quote', translate: 'no' }, s.quote)) : null)));
}
