import { organizationDisplayName, organizationId } from '../../src/store/identity';
import type { OrganizationRef } from '../../src/model/facts';

const commune = (locality: string | null): OrganizationRef => ({
  name: 'Đảng ủy xã', lexiconId: 'dang-bo', kind: 'party-committee', branch: 'party', level: 'commune', locality, province: 'Quảng Trị',
});

describe('the identity of a body below the province', () => {
  test('a named commune is one body whichever article names it', () => {
    expect(organizationId(commune('Hướng Phùng'), 'a1')).toBe(organizationId(commune('Hướng Phùng'), 'a2'));
    expect(organizationDisplayName(commune('Hướng Phùng'))).toBe('Đảng ủy xã Hướng Phùng');
  });
  test('an unnamed commune stays with its article, so two communes\' secretaries never hold one post', () => {
    expect(organizationId(commune(null), 'a1')).not.toBe(organizationId(commune(null), 'a2'));
    expect(organizationId(commune(null), 'a1')).toBe(organizationId(commune(null), 'a1'));
    expect(organizationId(commune(null), 'a1').startsWith('org/quang-tri/')).toBe(true);
    expect(organizationDisplayName(commune(null))).toBe('Đảng ủy xã (Quảng Trị)');
  });
});
