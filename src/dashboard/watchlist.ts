// What a reader follows (people, bodies, provinces), kept in this browser (localStorage), and what
// changed since their last visit. A visit is a browser tab's session: when a new one starts, what
// the previous visit last saw becomes the baseline, and the changes are what the API says now that
// it did not say then: titles that are new, titles that have ended, meetings that are new. Nothing
// here talks to the network; watch-view.ts asks the API.
import type { TenureState } from './gql/graphql';

export type WatchKind = 'person' | 'body' | 'province';

export interface Followed {
  kind: WatchKind;
  /** A person's or a body's id, a province's name. */
  id: string;
  label: string;
}

/** What the API said about a followed item at one moment: only ids and states, to stay small. */
export interface Snapshot {
  at: string;
  titles: Record<string, TenureState>;
  meetings: string[];
}

/** The same, with what a change needs to be shown (names, titles, dates). */
export interface Observed {
  titles: Array<{ id: string; state: TenureState; title: string; person: { id: string; name: string }; organization: { id: string; name: string } }>;
  meetings: Array<{ id: string; date: string | null; title: string | null }>;
}

export type Change =
  | { kind: 'newTitle' | 'endedTitle'; title: Observed['titles'][number] }
  | { kind: 'newMeeting'; meeting: Observed['meetings'][number] };

interface Saved {
  items: Followed[];
  /** What the last visit saw (the baseline of this one), by item key. */
  baseline: Record<string, Snapshot>;
  /** What this visit has seen so far. */
  latest: Record<string, Snapshot>;
}

const KEY = 'cadregraph.watch';
const VISIT_KEY = 'cadregraph.visit';

export const keyOf = (f: Pick<Followed, 'kind' | 'id'>) => `${f.kind}:${f.id}`;

export function snapshotOf(observed: Observed, at: string): Snapshot {
  return { at, titles: Object.fromEntries(observed.titles.map((t) => [t.id, t.state])), meetings: observed.meetings.map((m) => m.id) };
}

/** What is new or ended now against a baseline. A title that is new and already ended counts as ended. */
export function changesSince(baseline: Snapshot, now: Observed): Change[] {
  const known = new Set(baseline.meetings);
  const out: Change[] = [];
  for (const title of now.titles) {
    const before = baseline.titles[title.id];
    if (title.state === 'ENDED' && before !== 'ENDED') out.push({ kind: 'endedTitle', title });
    else if (!before) out.push({ kind: 'newTitle', title });
  }
  const meetings = now.meetings.filter((m) => !known.has(m.id)).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return [...out, ...meetings.map((meeting): Change => ({ kind: 'newMeeting', meeting }))];
}

function read(storage: Storage): Saved {
  try {
    const saved = JSON.parse(storage.getItem(KEY) ?? 'null') as Saved | null;
    if (saved && Array.isArray(saved.items)) return { items: saved.items, baseline: saved.baseline ?? {}, latest: saved.latest ?? {} };
  } catch {
    // A damaged entry is started afresh rather than breaking the page.
  }
  return { items: [], baseline: {}, latest: {} };
}

/** A storage that lasts as long as the page. */
export function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) } as Storage;
}

/** The reader's watchlist in this browser, or one for this page only where the browser refuses storage. */
export function browserWatchlist(): Watchlist {
  try {
    return new Watchlist(localStorage, sessionStorage);
  } catch {
    return new Watchlist(memoryStorage(), memoryStorage());
  }
}

/** A watchlist kept in `storage`; `session` tells one visit from the next. */
export class Watchlist {
  private saved: Saved;

  constructor(private readonly storage: Storage, session: Storage) {
    this.saved = read(storage);
    // A new visit: what the previous one saw last is what this one compares with.
    if (!session.getItem(VISIT_KEY)) {
      session.setItem(VISIT_KEY, new Date().toISOString());
      this.saved.baseline = { ...this.saved.baseline, ...this.saved.latest };
      this.write();
    }
  }

  get items(): Followed[] {
    return this.saved.items;
  }

  has(f: Pick<Followed, 'kind' | 'id'>): boolean {
    return this.saved.items.some((x) => keyOf(x) === keyOf(f));
  }

  /** Follows an item from what the API says now (so that only later changes are listed). */
  follow(f: Followed, now: Snapshot): void {
    if (this.has(f)) return;
    this.saved.items.push(f);
    this.saved.baseline[keyOf(f)] = now;
    this.saved.latest[keyOf(f)] = now;
    this.write();
  }

  unfollow(f: Pick<Followed, 'kind' | 'id'>): void {
    this.saved.items = this.saved.items.filter((x) => keyOf(x) !== keyOf(f));
    delete this.saved.baseline[keyOf(f)];
    delete this.saved.latest[keyOf(f)];
    this.write();
  }

  baseline(f: Followed): Snapshot | null {
    return this.saved.baseline[keyOf(f)] ?? null;
  }

  /** Records what this visit saw (the next visit's baseline). */
  saw(f: Followed, now: Snapshot): void {
    if (!this.has(f)) return;
    this.saved.latest[keyOf(f)] = now;
    this.write();
  }

  /** "Mark as seen": the changes listed so far are not listed again. */
  markSeen(): void {
    this.saved.baseline = { ...this.saved.baseline, ...this.saved.latest };
    this.write();
  }

  private write(): void {
    try {
      this.storage.setItem(KEY, JSON.stringify(this.saved));
    } catch {
      // Storage full or refused (a private window): the list still works for this visit.
    }
  }
}
