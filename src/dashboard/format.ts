// Small pieces shared by the lists and panels: dates, links to people and meetings, sources.
import type { Source } from './api-types';
import { h } from './dom';
import { currentLang, label, t } from './i18n';
import { nav } from './navigation';

/** ISO date in the reader's convention: 09/06/2021 in Vietnamese, 2021-06-09 in English. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  if (currentLang() === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return d && m ? `${d}/${m}/${y}` : iso;
}

export const dateSpan = (first: string | null, last: string | null) =>
  first === last || !last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`;

export const personLink = (p: { id: string; name: string }) =>
  h('button', { type: 'button', class: 'link person-link', 'data-person-id': p.id, onclick: () => nav.openPerson(p.id) }, p.name);

export const meetingLink = (m: { id: string; title: string | null; date: string | null }) =>
  h('button', { type: 'button', class: 'link meeting-link', 'data-meeting-id': m.id, onclick: () => nav.openMeeting(m.id) }, m.title ?? formatDate(m.date));

export const orgLink = (o: { id: string; name: string }) =>
  h('button', { type: 'button', class: 'link org-link', 'data-org-id': o.id, onclick: () => nav.openOrganization(o.id) }, o.name);

export const badge = (value: string) => h('span', { class: `badge badge-${value.toLowerCase()}` }, label(value));

/** Only web addresses become links: an article's url is data, and `javascript:` must not run. */
export const safeUrl = (url: string | null | undefined): string | null => (url && /^https?:\/\//i.test(url.trim()) ? url.trim() : null);

/** One line per article: a link when the article has an address, and the sentence it states. */
export function sourceList(sources: Source[], withQuotes = true): HTMLElement {
  const seen = new Set<string>();
  const unique = sources.filter((s) => !seen.has(s.articleId + (s.quote ?? '')) && seen.add(s.articleId + (s.quote ?? '')));
  return h(
    'ul',
    { class: 'sources' },
    unique.map((s) => {
      const name = s.title ?? s.articleId;
      const url = safeUrl(s.url);
      const head = url
        ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', class: 'source-link' }, name)
        : h('span', { class: 'source-title', title: t('noLink') }, name);
      const meta = [s.publisher, s.publishedAt ? formatDate(s.publishedAt) : null].filter(Boolean).join(' · ');
      return h('li', {}, head, meta ? h('span', { class: 'muted' }, ` · ${meta}`) : null, withQuotes && s.quote ? h('q', { class: 'quote' }, s.quote) : null);
    }),
  );
}
