// Views ask for other views through here (open a panel, show a path, draw a person's network)
// instead of importing each other, so each module stays one view. Every request is a change of
// the page's link (main.ts pushes it to the history and applies it).
import type { Path } from './queries';
import type { PanelKind, UrlState } from './url-state';
import type { Followed } from './watchlist';

export interface Navigation {
  open(panel: { kind: PanelKind; id: string }): void;
  /** The link of the page with this panel open. */
  href(panel: { kind: PanelKind; id: string }): string;
  showPath(path: Path): void;
  ego(ego: UrlState['ego']): void;
  /** A button to follow (or stop following) a person, a body or a province. */
  followButton(f: Followed): HTMLElement | null;
}

let handlers: Navigation | null = null;

export const setNavigation = (n: Navigation) => (handlers = n);

export const nav: Navigation = {
  open: (panel) => handlers?.open(panel),
  href: (panel) => handlers?.href(panel) ?? '#',
  showPath: (p) => handlers?.showPath(p),
  ego: (e) => handlers?.ego(e),
  followButton: (f) => handlers?.followButton(f) ?? null,
};
