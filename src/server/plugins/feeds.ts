// /feeds/changes.atom?province=… (or ?body=<organization id>): what the articles of a province or a
// body stated, as an Atom feed a reader can subscribe to. One entry per title held, personnel
// decision and meeting, dated by the first article that stated it, linking to its view in the
// dashboard and citing that article. `lang=en` writes the feed's own words in English; names,
// titles and quotes stay as the articles write them.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Feed } from 'feed';
import { access, bearer, type KeyConfig } from '../../api/auth';
import type { ArticleRecord, ChangeRecord, GraphStore } from '../../store/graph-store';
import { placeFilter } from '../../store/filters';
import { errorBody } from '../http-error';

export interface FeedOptions {
  store: GraphStore;
  keys: KeyConfig;
}

type Lang = 'vi' | 'en';

const WORDS = {
  vi: {
    feedTitle: (place: string) => `cadregraph: thay đổi ở ${place}`,
    feedAbout: (place: string) => `Chức vụ, quyết định nhân sự và cuộc họp ở ${place} theo các bài báo, bài mới nhất trước.`,
    tenure: 'Chức vụ',
    meeting: 'Cuộc họp',
    source: 'Nguồn',
    kinds: { appointed: 'Bổ nhiệm', elected: 'Bầu', assigned: 'Phân công', transferred: 'Điều động', dismissed: 'Miễn nhiệm', retired: 'Nghỉ hưu' },
  },
  en: {
    feedTitle: (place: string) => `cadregraph: changes in ${place}`,
    feedAbout: (place: string) => `Titles held, personnel decisions and meetings in ${place} as the articles report them, newest article first.`,
    tenure: 'Title',
    meeting: 'Meeting',
    source: 'Source',
    kinds: { appointed: 'Appointed', elected: 'Elected', assigned: 'Assigned', transferred: 'Transferred', dismissed: 'Dismissed', retired: 'Retired' },
  },
} as const;

const DEFAULT_ENTRIES = 50;
const MAX_ENTRIES = 200;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Only web addresses are cited as links (an article's url is data). */
const webUrl = (url: string | null) => (url && /^https?:\/\//i.test(url.trim()) ? url.trim() : null);
/** Dates of the graph are ISO days; a partial one ("2024-03", "--10-02") is not a day to date an entry. */
const dayOf = (iso: string | null) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : null);

/** The dashboard's link to what an entry is about, the same as the page writes it (url-state.ts). */
const viewLink = (origin: string, kind: 'person' | 'meeting' | 'body' | 'province', id: string) =>
  `${origin}/?${kind}=${encodeURIComponent(id).replace(/%2F/gi, '/').replace(/%20/g, '+')}`;

function refuse(reply: FastifyReply, status: number, message: string) {
  return reply.code(status).send(errorBody(message, status === 404 ? 'NOT_FOUND' : status === 401 ? 'UNAUTHENTICATED' : 'BAD_REQUEST'));
}

interface Place {
  name: string;
  filter: { province?: string; organizationId?: string };
  link: string;
}

async function placeOf(store: GraphStore, query: Record<string, string | undefined>, origin: string): Promise<Place | string> {
  if (query.body) {
    const [org] = await store.getOrganizations([query.body]);
    if (!org) return `no body with id "${query.body}" in the graph`;
    return { name: org.name, filter: { organizationId: org.id }, link: viewLink(origin, 'body', org.id) };
  }
  if (!query.province) return 'say which changes: ?province=<name> or ?body=<organization id>';
  const key = placeFilter(query.province);
  const province = (await store.provinces()).find((p) => placeFilter(p.name) === key);
  if (!province) return `no province "${query.province}" in the graph`;
  return { name: province.name, filter: { province: province.name }, link: viewLink(origin, 'province', province.name) };
}

const plugin: FastifyPluginAsync<FeedOptions> = async (app, { store, keys }) => {
  app.get('/feeds/changes.atom', async (request: FastifyRequest<{ Querystring: Record<string, string | undefined> }>, reply) => {
    // When reads need a key, the feed does too (feed readers send it as a bearer token).
    if (!access(keys, bearer(request.headers.authorization)).canRead) return refuse(reply, 401, 'this server needs a key to read: Authorization: Bearer <key>');
    const query = request.query;
    const lang: Lang = query.lang === 'en' ? 'en' : 'vi';
    const entries = Math.min(MAX_ENTRIES, Math.max(1, Number(query.limit) || DEFAULT_ENTRIES));
    const origin = `${request.protocol}://${request.host}`;
    const place = await placeOf(store, query, origin);
    if (typeof place === 'string') return refuse(reply, place.startsWith('say') ? 400 : 404, place);

    const changes = (await store.recentChanges(place.filter, entries)).filter((c) => dayOf(c.publishedAt) ?? dayOf(c.date));
    const [people, orgs, meetings, articles] = await Promise.all([
      store.getPeople([...new Set(changes.flatMap((c) => (c.personId ? [c.personId] : [])))]),
      store.getOrganizations([...new Set(changes.flatMap((c) => (c.organizationId ? [c.organizationId] : [])))]),
      store.getMeetings([...new Set(changes.flatMap((c) => (c.meetingId ? [c.meetingId] : [])))]),
      store.getArticles([...new Set(changes.map((c) => c.articleId))]),
    ]);
    const nameOf = new Map([...people.map((p) => [p.id, p.name] as const), ...orgs.map((o) => [o.id, o.name] as const)]);
    const meetingOf = new Map(meetings.map((m) => [m.id, m]));
    const articleOf = new Map(articles.map((a) => [a.id, a]));
    const w = WORDS[lang];

    const self = `${origin}${request.url}`;
    const feed = new Feed({
      id: self,
      title: w.feedTitle(place.name),
      description: w.feedAbout(place.name),
      link: place.link,
      language: lang,
      feedLinks: { atom: self },
      updated: changes.length ? (dayOf(changes[0].publishedAt) ?? dayOf(changes[0].date))! : new Date(0),
      generator: 'cadregraph',
      // Atom wants an author; the entries are the graph's reading of the articles each one cites.
      author: { name: 'cadregraph' },
    });
    for (const c of changes) {
      const article = articleOf.get(c.articleId);
      const post = [c.title, c.organizationId ? nameOf.get(c.organizationId) : null].filter(Boolean).join(' ');
      const person = c.personId ? nameOf.get(c.personId) ?? c.personId : '';
      const meeting = c.meetingId ? meetingOf.get(c.meetingId) : undefined;
      const title = c.kind === 'MEETING'
        ? `${w.meeting}: ${meeting?.title ?? c.title ?? c.meetingId}${c.date ? ` (${c.date})` : ''}`
        : c.kind === 'EVENT'
          ? `${w.kinds[c.eventKind as keyof typeof w.kinds] ?? c.eventKind}: ${person}, ${post}${c.date ? ` (${c.date})` : ''}`
          : `${w.tenure}: ${person}, ${post}`;
      const link = c.kind === 'MEETING' ? viewLink(origin, 'meeting', c.meetingId!) : viewLink(origin, 'person', c.personId!);
      feed.addItem({
        id: `urn:cadregraph:${c.kind.toLowerCase()}:${encodeURIComponent(c.eventId ?? c.meetingId ?? `${c.personId}@${c.positionId}`)}`,
        // Atom entry titles are written as type="html": text of the graph is escaped into it.
        title: escapeHtml(title),
        link,
        date: (dayOf(c.publishedAt) ?? dayOf(c.date))!,
        content: citation(c, article, w.source),
        category: [{ term: c.kind.toLowerCase() }],
      });
    }
    return reply.type('application/atom+xml; charset=utf-8').header('cache-control', 'no-cache').send(feed.atom1());
  });
};

/** The sentence that states the change and the article it comes from, as the entry's HTML. */
function citation(c: ChangeRecord, article: ArticleRecord | undefined, word: string): string {
  const name = escapeHtml(article?.title ?? c.articleId);
  const url = webUrl(article?.url ?? null);
  const meta = [article?.publisher, article?.publishedAt].filter(Boolean).map((s) => escapeHtml(s!)).join(', ');
  return [
    c.quote ? `<blockquote>${escapeHtml(c.quote)}</blockquote>` : '',
    `<p>${word}: ${url ? `<a href="${escapeHtml(url)}">${name}</a>` : name}${meta ? ` (${meta})` : ''}</p>`,
  ].join('');
}

export const feedRoutes = fp(plugin, { name: 'cadregraph-feeds' });
