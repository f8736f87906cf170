// The filters of the API read into the store's terms: places, kinds, titles and bodies through the
// lexicon (input.ts), and a name that matches nothing in the graph an error with the nearest ones.
import { GraphQLError } from 'graphql';
import type { DirectiveFilter, MeetingFilter } from '../generated/graphql';
import type * as S from '../../store/graph-store';
import { fold, nearest } from '../../text';
import { directiveKind, meetingKind, nameText, organizationName, provinceName, titleName, yearOf } from '../input';

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** Provinces the graph holds, for places the lexicon does not name. */
export const placesOf = (store: S.GraphStore) => async () => (await store.provinces()).map((p) => p.name);

async function provinceNames(list: readonly string[] | null | undefined, store: S.GraphStore, argument: string): Promise<string[] | null> {
  if (list == null) return null;
  return Promise.all(list.map(async (p) => (await provinceName(p, placesOf(store), argument))!));
}

export async function meetingFilter(filter: MeetingFilter | null | undefined, store: S.GraphStore): Promise<S.MeetingFilter> {
  const f = filter ?? {};
  return {
    province: await provinceName(f.province, placesOf(store)),
    provinces: await provinceNames(f.provinces, store, 'province'),
    from: f.from, to: f.to, kind: meetingKind(f.kind), year: yearOf(f.year, 'year'), includePartialDates: f.includePartialDates,
    chairedBy: f.chairedBy, attendedBy: f.attendedBy, organizationId: f.organization,
    chairName: nameText(f.chairName, 'chairName'), attendeeName: nameText(f.attendeeName, 'attendeeName'),
    participantTitle: titleName(f.participantTitle, 'participantTitle'),
  };
}

export async function directiveFilter(filter: DirectiveFilter | null | undefined, store: S.GraphStore): Promise<S.DirectiveFilter> {
  const f = filter ?? {};
  const fromYear = yearOf(f.fromYear, 'fromYear');
  const toYear = yearOf(f.toYear, 'toYear');
  if (fromYear !== null && toYear !== null && fromYear > toYear) throw badInput(`fromYear (${fromYear}) is after toYear (${toYear})`);
  return {
    number: f.number, title: nameText(f.title, 'title'), kind: directiveKind(f.kind), province: await provinceName(f.province, placesOf(store)),
    issuer: f.issuer == null ? null : organizationName(nameText(f.issuer, 'issuer')!), fromYear, toYear,
  };
}

/** An organization name that names nothing in the graph is an error with the nearest names in it. */
export async function knownOrganization(store: S.GraphStore, name: string): Promise<void> {
  if ((await store.findOrganizations({ name }, { limit: 1 })).totalCount > 0) return;
  const near = (await store.search(name, 10)).filter((h) => h.kind === 'ORGANIZATION').slice(0, 3).map((h) => `"${h.label}"`);
  throw badInput(`no organization named "${name}" in the graph${near.length ? `: did you mean ${near.join(', ')}?` : ''}`);
}

/** A person's name that names nobody in the graph is an error with the nearest names in it. */
export async function knownPerson(store: S.GraphStore, name: string, argument: string): Promise<void> {
  if ((await store.findPeople({ name }, { limit: 1 })).totalCount > 0) return;
  // Search finds words by their start: a typo in the last word ("an" typed "ann") hides the
  // person, so fewer words are tried until someone turns up, and the closest names are offered.
  const words = fold(name).split(' ').filter(Boolean);
  let people: string[] = [];
  for (let n = words.length; n >= 1 && !people.length; n--) {
    people = (await store.search(words.slice(0, n).join(' '), 50)).filter((h) => h.kind === 'PERSON').map((h) => h.label);
  }
  const near = nearest(fold(name), people.map((label) => ({ key: fold(label), label }))).map((l) => `"${l}"`);
  throw badInput(`${argument}: nobody named "${name}" in the graph${near.length ? `: did you mean ${near.join(', ')}?` : ''}`);
}
