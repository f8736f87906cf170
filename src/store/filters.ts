// Filter values as every store compares them: names folded, places as province keys, and the
// whole list of kinds and levels when a filter names none.
import type { Level, OrganizationKind } from '../model/facts';
import { fold, slug } from '../text';
import { provinceKey } from './places';

export const ALL_KINDS: OrganizationKind[] = [
  'party-committee', 'standing-committee', 'board', 'peoples-council', 'peoples-committee', 'front', 'mass-organization', 'state-body',
];
export const ALL_LEVELS: Level[] = ['central', 'province', 'district', 'commune'];

/** Folded text, or null when nothing is left to match on. */
export const folded = (s: string | null | undefined) => (s && fold(s) ? fold(s) : null);
/** The stored province key of what a user typed, or null. */
export const placeFilter = (s: string | null | undefined) => (s && slug(s) ? provinceKey(s) : null);
