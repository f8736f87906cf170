// Deterministic ids from canonical keys, so the same body, person or meeting read from two
// articles lands on one node, and re-ingesting an article writes nothing new. Ids are readable
// paths ("person/thanh-hoa/lại-thế-nguyên") because researchers paste them into queries.
import { createHash } from 'crypto';
import { nameKey, slug } from './memo';
import type { OrganizationRef } from '../model/facts';

const shortHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);

/** Key of a place for grouping: folded, or "central" for national bodies and people. */
export const placeKey = (province: string | null | undefined) => (province ? slug(province) : 'central');

export function provinceLocalityId(province: string): string {
  return `locality/${slug(province)}`;
}

export function districtLocalityId(province: string | null, district: string): string {
  return `locality/${placeKey(province)}/${slug(district)}`;
}

/** The locality an organization sits in, or null for central bodies. */
export function organizationLocalityId(org: OrganizationRef): string | null {
  if (org.level === 'central' || !org.locality) return null;
  if (org.level === 'province') return provinceLocalityId(org.locality);
  return districtLocalityId(org.province, org.locality);
}

/**
 * A body is its canonical name in its place: "Tỉnh ủy" of Thanh Hóa. A local body whose place the
 * article never says stays specific to that article: merging every unplaced "Tỉnh ủy" into one
 * node would join the committees of different provinces.
 */
export function organizationId(org: OrganizationRef, articleId: string): string {
  if (org.level !== 'central' && !org.province && !org.locality) return `org/unplaced/${articleId}/${slug(org.name)}`;
  // The same holds below the province: "Đảng ủy xã" of an unnamed commune is not every commune's.
  if (unnamedBelowProvince(org)) return `org/${slug(org.province!)}/unnamed/${articleId}/${slug(org.name)}`;
  const place = org.level === 'central' ? 'central' : [org.province, org.locality !== org.province ? org.locality : null]
    .filter((p): p is string => !!p)
    .map(slug)
    .join('/') || 'unknown';
  return `org/${place}/${slug(org.name)}`;
}

/** The name people read: the canonical name followed by its place ("Tỉnh ủy Thanh Hóa"). */
export function organizationDisplayName(org: OrganizationRef): string {
  // "Đảng ủy xã (Quảng Trị)": written as "Đảng ủy xã Quảng Trị" it would read as a commune so named.
  if (unnamedBelowProvince(org)) return `${org.name} (${org.province})`;
  const place = org.level === 'central' ? null : org.locality ?? org.province;
  return place ? `${org.name} ${place}` : org.name;
}

const unnamedBelowProvince = (org: OrganizationRef) => (org.level === 'district' || org.level === 'commune') && !org.locality && !!org.province;

export function positionId(orgId: string, title: string): string {
  return `position/${orgId.slice('org/'.length)}/${slug(title)}`;
}

/** Where a person holds office: a province, national office, or unknown from this article. */
export type Office = { province: string } | 'central' | 'unplaced';

/** "Lại Thế Nguyên" -> "lại-thế-nguyên": the letters stay (Hùng is not Hưng), only the tone's place is unified. */
export const personKey = (name: string) => nameKey(name).replace(/ /g, '-');

/**
 * A person is a name, letter for letter, within the province where they hold office ("central"
 * for national office). Two people with one name in one province would collide: rare, and an
 * operator can tell them apart only with more evidence than an article gives. When the article
 * does not say where they serve, the person stays specific to the article until a reviewer
 * merges them (mergeCandidates).
 */
export function personId(name: string, office: Office, articleId: string): string {
  if (office === 'unplaced') return `person/unplaced/${articleId}/${personKey(name)}`;
  return `person/${office === 'central' ? 'central' : placeKey(office.province)}/${personKey(name)}`;
}

/**
 * One meeting reported by two articles should be one node: same place, same day, same chairs.
 * Without a full date or a chair there is nothing safe to match on, so the meeting stays
 * specific to its article.
 */
export function meetingId(args: {
  articleId: string;
  index: number;
  province: string | null;
  date: string | null;
  chairIds: string[];
}): string {
  if (args.date && /^\d{4}-\d{2}-\d{2}$/.test(args.date) && args.chairIds.length > 0) {
    const chairs = [...new Set(args.chairIds)].sort().join('|');
    return `meeting/${placeKey(args.province)}/${args.date}/${shortHash(chairs)}`;
  }
  return `meeting/article/${args.articleId}/${args.index}`;
}

/**
 * Numbers such as "01-NQ/TU" repeat in every province, so only central documents are identified
 * by their number alone; the others are qualified by the issuer's place (or the article's).
 */
export function directiveId(number: string, issuer: OrganizationRef | null, articleProvince: string | null): string {
  const place = issuer
    ? issuer.level === 'central' ? 'central' : placeKey(issuer.province ?? issuer.locality)
    : articleProvince ? slug(articleProvince) : 'unknown';
  return `directive/${place}/${slug(number)}`;
}
