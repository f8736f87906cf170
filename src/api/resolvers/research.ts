// Counting (issue 13): meetings grouped by dimensions, and how often an official is in the news.
// The grouping of meetings is the store's (one query); mention counts group the articles a
// person's loaders already fetch.
import { GraphQLError } from 'graphql';
import type { CountDimension, MentionPeriod, Resolvers } from '../generated/graphql';
import type { ArticleRecord, CountRow } from '../../store/graph-store';
import { then } from '../sync';
import { knownPerson, meetingFilter } from './filters';

/** A row of meetingCounts with the dimensions it was counted by, so that chair and the like can be resolved. */
export interface MeetingCountModel extends CountRow {
  by: CountDimension[];
}

const MAX_COUNT_ROWS = 10_000;
const MAX_DIMENSIONS = 4;

const keyOf = (row: MeetingCountModel, dimension: CountDimension) => {
  const i = row.by.indexOf(dimension);
  return i < 0 ? null : row.keys[i];
};

/** Articles per period (and outlet), oldest period first; undated articles last. */
export function countMentions(articles: ArticleRecord[], by: MentionPeriod, outlet: boolean) {
  const groups = new Map<string, { period: string | null; outlet: string | null; count: number }>();
  for (const a of articles) {
    const dated = a.publishedAt && /^\d{4}-\d{2}/.test(a.publishedAt) ? a.publishedAt : null;
    const period = dated ? dated.slice(0, by === 'MONTH' ? 7 : 4) : null;
    const source = outlet ? a.publisher : null;
    const key = `${period}\u0000${source}`;
    const g = groups.get(key) ?? { period, outlet: source, count: 0 };
    g.count++;
    groups.set(key, g);
  }
  const last = (s: string | null) => s ?? '\uffff';
  return [...groups.values()].sort((x, y) => last(x.period).localeCompare(last(y.period)) || y.count - x.count || last(x.outlet).localeCompare(last(y.outlet)));
}

export const research: Resolvers = {
  Query: {
    meetingCounts: async (_, { filter, by, first }, { store }) => {
      const dimensions = [...new Set(by)];
      if (!dimensions.length || dimensions.length > MAX_DIMENSIONS) {
        throw new GraphQLError(`by must name 1 to ${MAX_DIMENSIONS} dimensions (got ${dimensions.length})`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      const limit = first ?? 1000;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_COUNT_ROWS) {
        throw new GraphQLError(`first must be between 1 and ${MAX_COUNT_ROWS} (got ${first})`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      const f = await meetingFilter(filter, store);
      const rows = await store.countMeetings(f, dimensions, limit);
      // As meetings(filter): no rows for a name nobody has is a typo, not a fact.
      if (!rows.length && f.chairName) await knownPerson(store, f.chairName, 'chairName');
      if (!rows.length && f.attendeeName) await knownPerson(store, f.attendeeName, 'attendeeName');
      // Keys in the order asked for, a dimension named twice twice.
      return rows.map((r) => ({ ...r, keys: by.map((d) => r.keys[dimensions.indexOf(d)]), by }));
    },
  },
  MeetingCount: {
    chair: (r, _, { loaders }) => {
      const id = keyOf(r, 'CHAIR');
      return id ? loaders.person.get(id) : null;
    },
    organization: (r, _, { loaders }) => {
      const id = keyOf(r, 'ORGANIZATION');
      return id ? loaders.organization.get(id) : null;
    },
    directive: (r, _, { loaders }) => {
      const id = keyOf(r, 'DIRECTIVE');
      return id ? loaders.directive.get(id) : null;
    },
  },
  Person: {
    mentionCounts: (p, { by, outlet }, { loaders }) =>
      then(loaders.sourcesOfPerson.get(p.id), (sources) =>
        then(loaders.article.getMany([...new Set(sources.map((s) => s.source.articleId))]), (articles) =>
          countMentions(articles.filter((a): a is ArticleRecord => !!a && !(a instanceof Error)), by, outlet ?? false))),
  },
};
