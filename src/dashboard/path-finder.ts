// Two people in, the shortest chain of shared meetings and bodies out: each step with the
// articles that state it, and the chain drawn on the graph.
import { gql } from './api-client';
import type { Path } from './api-types';
import { h, replace } from './dom';
import { sourceList } from './format';
import { label, t } from './i18n';
import { nav } from './navigation';
import { CONNECTION } from './queries';
import { createSearchBox, type SearchBox } from './search-box';
import { apiErrorMessage } from './status-bar';

const stepNode = (n: Path['nodes'][number]) =>
  h('button', {
    type: 'button', class: `link kind-${n.kind.toLowerCase()}`,
    onclick: () => (n.kind === 'PERSON' ? nav.openPerson(n.id) : n.kind === 'MEETING' ? nav.openMeeting(n.id) : n.kind === 'ORGANIZATION' ? nav.openOrganization(n.id) : undefined),
  }, n.label);

export function renderPath(path: Path): HTMLElement {
  return h('div', { class: 'path-result' },
    h('p', {}, t('pathFound', { n: path.steps.length }), ' ', h('button', { type: 'button', class: 'show-path', onclick: () => nav.showPath(path) }, t('showPath'))),
    h('ol', { class: 'path-steps' }, path.steps.map((s) =>
      h('li', { class: 'path-step' }, stepNode(s.from), h('span', { class: 'relation' }, ` — ${label(s.relation)} → `), stepNode(s.to),
        s.sources.length ? sourceList(s.sources) : null))));
}

export function createPathFinder(root: HTMLElement): { relabel(): void } {
  const result = h('div', { class: 'path-output', 'aria-live': 'polite' });
  const boxes: SearchBox[] = [];
  const make = (name: string, key: 'pathFrom' | 'pathTo') => {
    const box = createSearchBox({ name, kinds: ['PERSON'], placeholder: () => t('searchPlaceholder'), onPick: () => undefined });
    boxes.push(box);
    return h('label', { class: 'field' }, h('span', { 'data-i18n': key }, t(key)), box.element);
  };
  const hops = h('select', { name: 'maxHops' }, [2, 4, 6, 8].map((n) => h('option', { value: n, selected: n === 4 }, String(n))));
  const button = h('button', { type: 'submit', class: 'primary', 'data-i18n': 'pathFind' }, t('pathFind'));
  const form = h('form', { class: 'path-form' }, make('path-from', 'pathFrom'), make('path-to', 'pathTo'),
    h('label', { class: 'field' }, h('span', { 'data-i18n': 'pathMaxHops' }, t('pathMaxHops')), hops), button);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const [from, to] = boxes.map((b) => b.picked);
    if (!from || !to) return replace(result, h('p', { class: 'error' }, t('pathPick')));
    replace(result, h('p', { class: 'muted' }, h('span', { class: 'spinner' }), ' ', t('loading')));
    try {
      const data = await gql<{ connection: Path | null }>(CONNECTION, { from: from.id, to: to.id, maxHops: Number(hops.value) });
      if (!data.connection) return replace(result, h('p', { class: 'empty' }, t('pathNone', { hops: hops.value })));
      replace(result, renderPath(data.connection));
      nav.showPath(data.connection);
    } catch (err) {
      replace(result, h('p', { class: 'error' }, apiErrorMessage(err)));
    }
  });
  replace(root, form, result);
  return { relabel: () => boxes.forEach((b) => b.relabel()) };
}
