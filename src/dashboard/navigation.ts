// Views ask for other views through here (open a person, show a path) instead of importing each
// other, so each module stays one view.
import type { Path } from './api-types';

export interface Navigation {
  openPerson(id: string): void;
  openMeeting(id: string): void;
  openOrganization(id: string): void;
  openDirective(id: string): void;
  showPath(path: Path): void;
  selectProvince(name: string): void;
}

let handlers: Navigation | null = null;

export const setNavigation = (n: Navigation) => (handlers = n);

export const nav: Navigation = {
  openPerson: (id) => handlers?.openPerson(id),
  openMeeting: (id) => handlers?.openMeeting(id),
  openOrganization: (id) => handlers?.openOrganization(id),
  openDirective: (id) => handlers?.openDirective(id),
  showPath: (p) => handlers?.showPath(p),
  selectProvince: (name) => handlers?.selectProvince(name),
};
