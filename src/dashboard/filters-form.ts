// Filters of the network: a date range, body kinds and levels (sent to the API's network query).
import type { NetworkFilters } from './province-data';
import { h, replace } from './dom';
import { label, t } from './i18n';

const KINDS = ['PARTY_COMMITTEE', 'STANDING_COMMITTEE', 'BOARD', 'PEOPLES_COUNCIL', 'PEOPLES_COMMITTEE', 'FRONT', 'MASS_ORGANIZATION', 'STATE_BODY'];
const LEVELS = ['CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE'];

export const NO_FILTERS: NetworkFilters = { from: null, to: null, kinds: [], levels: [] };

export function renderFilters(form: HTMLFormElement, current: NetworkFilters, onApply: (f: NetworkFilters) => void): void {
  const checks = (name: string, values: string[], chosen: string[]) =>
    values.map((v) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value: v, checked: chosen.includes(v) }), ' ', label(v)));
  const count = (n: number) => (n ? ` (${n})` : '');
  replace(form,
    h('label', {}, t('from'), ' ', h('input', { type: 'date', name: 'from', value: current.from ?? '' })),
    h('label', {}, t('to'), ' ', h('input', { type: 'date', name: 'to', value: current.to ?? '' })),
    h('details', { class: 'dropdown' }, h('summary', {}, t('bodyKinds') + count(current.kinds.length)), h('div', { class: 'dropdown-body' }, checks('kinds', KINDS, current.kinds))),
    h('details', { class: 'dropdown' }, h('summary', {}, t('levels') + count(current.levels.length)), h('div', { class: 'dropdown-body' }, checks('levels', LEVELS, current.levels))),
    h('button', { type: 'submit', class: 'primary' }, t('apply')),
    h('button', { type: 'reset' }, t('clear')));
  form.onsubmit = (e) => {
    e.preventDefault();
    const data = new FormData(form);
    onApply({
      from: (data.get('from') as string) || null,
      to: (data.get('to') as string) || null,
      kinds: data.getAll('kinds') as string[],
      levels: data.getAll('levels') as string[],
    });
  };
  form.onreset = (e) => {
    e.preventDefault();
    onApply(NO_FILTERS);
  };
}
