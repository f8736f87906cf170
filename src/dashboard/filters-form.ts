// Filters of the network and the meeting list: a date range (typed in the page's language),
// body kinds and levels (sent to the API's network query).
import { createDateField } from './date-field';
import { h, replace } from './dom';
import { label, t } from './i18n';
import { showStatus } from './status-bar';
import type { UrlFilters } from './url-state';

const KINDS = ['PARTY_COMMITTEE', 'STANDING_COMMITTEE', 'BOARD', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'FRONT', 'MASS_ORGANIZATION', 'STATE_BODY'];
const LEVELS = ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE'];

export const NO_FILTERS: UrlFilters = { since: null, until: null, kinds: [], levels: [] };

export function renderFilters(form: HTMLFormElement, current: UrlFilters, onApply: (f: UrlFilters) => void): void {
  const checks = (name: string, values: string[], chosen: string[]) =>
    values.map((v) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value: v, checked: chosen.includes(v) }), ' ', label(v)));
  const count = (n: number) => (n ? ` (${n})` : '');
  const since = createDateField('since', t('from'), current.since);
  const until = createDateField('until', t('to'), current.until);
  replace(form,
    since.element,
    until.element,
    h('details', { class: 'dropdown' }, h('summary', {}, t('bodyKinds') + count(current.kinds.length)), h('div', { class: 'dropdown-body' }, checks('kinds', KINDS, current.kinds))),
    h('details', { class: 'dropdown' }, h('summary', {}, t('levels') + count(current.levels.length)), h('div', { class: 'dropdown-body' }, checks('levels', LEVELS, current.levels))),
    h('button', { type: 'submit', class: 'primary' }, t('apply')),
    h('button', { type: 'reset' }, t('clear')));
  form.onsubmit = (e) => {
    e.preventDefault();
    const data = new FormData(form);
    try {
      onApply({ since: since.value(), until: until.value(), kinds: data.getAll('kinds') as string[], levels: data.getAll('levels') as string[] });
    } catch (err) {
      showStatus('error', (err as Error).message);
    }
  };
  form.onreset = (e) => {
    e.preventDefault();
    onApply(NO_FILTERS);
  };
}
