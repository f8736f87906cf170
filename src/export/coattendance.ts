// Yearly co-attendance edge lists: two people, a year, the meetings they both took part in
// (chaired or attended) that year. Undirected: each pair once, the lower id first.
import type { Column } from './csv';
import { isDay } from './dates';
import type { ExportPart } from './types';

export interface CoAttendanceRow {
  a: { id: string; name: string };
  b: { id: string; name: string };
  year: number;
  meetings: number;
  firstDate: string;
  lastDate: string;
  province: string | null;
}

export function coAttendanceRows(part: ExportPart): CoAttendanceRow[] {
  const dateOf = new Map(part.meetings.map((m) => [m.id, m.date]));
  const names = new Map<string, string>();
  const byMeeting = new Map<string, Set<string>>();
  for (const p of part.participations) {
    names.set(p.personId, p.personName);
    const set = byMeeting.get(p.meetingId) ?? new Set<string>();
    set.add(p.personId);
    byMeeting.set(p.meetingId, set);
  }
  const pairs = new Map<string, CoAttendanceRow>();
  for (const [meetingId, people] of byMeeting) {
    const date = dateOf.get(meetingId);
    // A meeting without a full date belongs to no year.
    if (!isDay(date)) continue;
    const year = Number(date.slice(0, 4));
    const ids = [...people].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\u0000${ids[j]}\u0000${year}`;
        const row = pairs.get(key);
        if (row) {
          row.meetings++;
          if (date < row.firstDate) row.firstDate = date;
          if (date > row.lastDate) row.lastDate = date;
        } else {
          pairs.set(key, {
            a: { id: ids[i], name: names.get(ids[i])! },
            b: { id: ids[j], name: names.get(ids[j])! },
            year, meetings: 1, firstDate: date, lastDate: date, province: part.province,
          });
        }
      }
    }
  }
  return [...pairs.values()].sort((x, y) => x.year - y.year || y.meetings - x.meetings || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id));
}

export const COATTENDANCE_CSV: readonly Column<CoAttendanceRow>[] = [
  { header: 'person_a_id', value: (r) => r.a.id },
  { header: 'person_a', value: (r) => r.a.name },
  { header: 'person_b_id', value: (r) => r.b.id },
  { header: 'person_b', value: (r) => r.b.name },
  { header: 'year', type: 'number', value: (r) => r.year },
  { header: 'meetings', type: 'number', value: (r) => r.meetings },
  { header: 'first_date', value: (r) => r.firstDate },
  { header: 'last_date', value: (r) => r.lastDate },
  { header: 'province', value: (r) => r.province },
];
