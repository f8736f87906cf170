// Downloads of what is on screen (the drawn network, with positions; the listed bodies and
// meetings) and of the whole province (fetched unfiltered). These files are made in the browser
// by the same code the CLI uses (src/export). The formats that need what the page never loads
// (tenure bounds of every post, every year's meetings) are the server's streamed downloads,
// /exports/<province>.<format>, the same files `cadregraph export` writes.
import {
  EXPORT_FILES, exportFileName, renderExport, scopeSlug, type ExportBundle, type ExportFormat, type Layout, type ParticipationRow, type TenureRow, type ViewFormat,
} from '../export';
import type { Meeting, Organization } from './queries';
import { h, replace } from './dom';
import { t } from './i18n';
import { showApiError, showStatus } from './status-bar';

export interface ExportSources {
  province(): string | null;
  /** The network drawn now, the bodies and meetings listed now. */
  view(): { bundle: ExportBundle; layout: Layout } | null;
  /** The whole province, unfiltered. */
  province_all(): Promise<ExportBundle>;
}

const FORMATS: Array<[ViewFormat, () => string]> = [
  ['gexf', () => 'GEXF'],
  ['graphml', () => 'GraphML'],
  ['csv-tenures', () => t('csvTenures')],
  ['csv-meetings', () => t('csvMeetings')],
  ['json', () => 'JSON'],
];

/** Written by the server from the whole store: offered for the province only. */
const SERVER_FORMATS: Array<[ExportFormat, () => string]> = [
  ['gexf-dynamic', () => t('gexfDynamic')],
  ['csv-panel', () => t('csvPanel')],
  ['csv-coattendance', () => t('csvCoattendance')],
  ['popolo', () => 'Popolo JSON'],
  ['ftm', () => 'FollowTheMoney'],
];

export function tenureRows(organizations: Organization[]): TenureRow[] {
  return organizations.flatMap((o) => o.positions.map((p) => ({
    personId: p.person.id, personName: p.person.name, title: p.title, organizationId: o.id, organizationName: o.name,
    province: o.locality?.level === 'PROVINCE' ? o.locality.name : o.locality?.province ?? null,
    district: o.locality?.level === 'DISTRICT' ? o.locality.name : null,
    status: p.status, current: p.current, firstSeen: p.firstSeen, lastSeen: p.lastSeen, sources: p.sources,
  })));
}

export function participationRows(meetings: Meeting[]): ParticipationRow[] {
  return meetings.flatMap((m) => m.attendees.map((a) => ({
    meetingId: m.id, meetingDate: m.date, meetingTitle: m.title, meetingKind: m.kind, locality: m.locality?.name ?? null,
    personId: a.person.id, personName: a.person.name, chair: m.chairs.some((c) => c.person.id === a.person.id), roles: a.roles, sources: m.sources,
  })));
}

function save(href: string, name: string): void {
  const a = h('a', { href, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
}

function download(text: string, name: string, format: ExportFormat): void {
  // The CSV writer puts the byte order mark spreadsheets need in the text already.
  const url = URL.createObjectURL(new Blob([text], { type: `${EXPORT_FILES[format].mime};charset=utf-8` }));
  save(url, name);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function renderExportMenu(root: HTMLElement, sources: ExportSources): void {
  const group = (scope: 'view' | 'province') =>
    h('div', { class: 'export-group', 'data-scope': scope },
      h('span', { class: 'export-title' }, t(scope === 'view' ? 'exportView' : 'exportProvince')),
      FORMATS.map(([format, name]) => h('button', {
        type: 'button', 'data-format': format,
        onclick: async () => {
          const province = sources.province();
          if (!province) return;
          try {
            let text: string;
            if (scope === 'view') {
              const view = sources.view();
              if (!view) return;
              text = renderExport(format, view.bundle, view.layout);
            } else {
              showStatus('loading', t('exporting'));
              text = renderExport(format, await sources.province_all());
            }
            const file = exportFileName(province, format, scope);
            download(text, file, format);
            showStatus('info', t('exported', { file }));
          } catch (e) {
            showApiError(e);
          }
        },
      }, name())),
      scope === 'province' && SERVER_FORMATS.map(([format, name]) => h('button', {
        type: 'button', 'data-format': format,
        onclick: () => {
          const province = sources.province();
          if (!province) return;
          // The browser saves the server's stream to disk as it arrives; nothing is held in the page.
          const file = exportFileName(province, format, scope);
          save(`/exports/${scopeSlug(province)}.${format}`, file);
          showStatus('info', t('exported', { file }));
        },
      }, name())));
  replace(root, group('view'), group('province'));
}
