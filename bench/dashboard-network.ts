// A generated province network for the dashboard benchmark, built by the store's own builder.
import type { NetworkResult } from '../src/store/graph-store';
import { buildNetwork } from '../src/store/network';

export /** A province of about NODES nodes: 60% people, 6% bodies, the rest meetings of 4-10 people. */
function generatedNetwork(nodes: number): NetworkResult {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const people = Math.round(nodes * 0.6);
  const bodies = Math.round(nodes * 0.06);
  const meetings = nodes - people - bodies;
  const kinds = ['party-committee', 'standing-committee', 'board', 'peoples-council', 'peoples-committee', 'front', 'mass-organization'];
  const tenures = [];
  for (let p = 0; p < people; p++) {
    for (let k = 0; k < 1 + (rnd() < 0.3 ? 1 : 0); k++) {
      const b = Math.floor(rnd() * bodies);
      tenures.push({ personId: `p${p}`, personName: `Người ${p}`, organizationId: `b${b}`, organizationName: `Cơ quan ${b}`, kind: kinds[b % kinds.length], level: b % 3 ? 'district' : 'province', sourceCount: 1 });
    }
  }
  const participation = [];
  const tookPart = [];
  for (let m = 0; m < meetings; m++) {
    // People of one body meet together more often: a realistic, clustered network.
    const home = Math.floor(rnd() * people);
    const size = 4 + Math.floor(rnd() * 7);
    for (let i = 0; i < size; i++) {
      const p = i < size - 2 ? (home + Math.floor(rnd() * 40)) % people : Math.floor(rnd() * people);
      participation.push({ personId: `p${p}`, personName: `Người ${p}`, meetingId: `m${m}`, meetingTitle: `Hội nghị ${m}`, meetingKind: 'review', relation: i === 0 ? 'CHAIRED' : 'ATTENDED' });
    }
    tookPart.push({ organizationId: `b${Math.floor(rnd() * bodies)}`, meetingId: `m${m}` });
  }
  return buildNetwork({ participation, tenures, tookPart, limit: nodes, bodyFilter: false });
}
