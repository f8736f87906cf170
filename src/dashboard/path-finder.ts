// Two people in, the shortest chain of shared meetings and bodies out: each step as a sentence,
// with the articles and the sentences that state it, and the chain drawn on the graph. The
// search is a link (/?from=…&to=…), so a chain can be sent to someone.
import { gql } from './api-client';
import { copyLinkButton } from './copy-link';
import { h, replace } from './dom';
import { sourceList } from './format';
import { label, t, type LabelKey } from './i18n';
import { nav } from './navigation';
import { CONNECTION, type Path } from './queries';
import { createSearchBox, type SearchBox } from './search-box';
import { apiErrorMessage } from './status-bar';
import { HOP_CHOICES, type PanelKind, type UrlState } from './url-state';

type PathNode = Path['nodes'][number];
type Step = Path['steps'][number];

const PANEL_OF: Partial<Record<PathNode['kind'], PanelKind>> = { PERSON: 'person', MEETING: 'meeting', ORGANIZATION: 'body' };

const stepNode = (n: PathNode) => {
  const kind = PANEL_OF[n.kind];
  return kind
    ? h('a', { href: nav.href({ kind, id: n.id }), class: `step-node kind-${n.kind.toLowerCase()}`, translate: 'no', onclick: (e: Event) => (e.preventDefault(), nav.open({ kind, id: n.id })) }, n.label)
    : h('span', { class: `step-node kind-${n.kind.toLowerCase()}`, translate: 'no' }, n.label);
};

/** "Vũ Đăng Khoa attended <meeting>.": the person first, whichever way the API walked the step. */
export function stepSentence(step: Step): Node[] {
  const ends = [step.from, step.to];
  const person = ends.find((n) => n.kind === 'PERSON');
  const meeting = ends.find((n) => n.kind === 'MEETING');
  const body = ends.find((n) => n.kind === 'ORGANIZATION' || n.kind === 'POSITION');
  let key: LabelKey = 'stepOther';
  let parts: Record<string, PathNode | string> = { a: step.from, b: step.to, relation: label(step.relation) };
  if (person && meeting) {
    key = step.relation === 'CHAIRED' ? 'stepChaired' : step.relation === 'ATTENDED' ? 'stepAttended' : 'stepRole';
    parts = { person, meeting, role: label(step.relation) };
  } else if (person && body) (key = 'stepHolds'), (parts = { person, body });
  else if (body && meeting) (key = 'stepTookPart'), (parts = { body, meeting });
  // The template is split around its placeholders so that names stay elements of their own.
  const template = t(key, Object.fromEntries(Object.keys(parts).map((k) => [k, `\u0000${k}\u0000`])));
  return template.split('\u0000').map((piece, i) => {
    if (i % 2 === 0) return document.createTextNode(piece);
    const v = parts[piece];
    return typeof v === 'string' ? document.createTextNode(v) : stepNode(v);
  });
}

export function renderPath(path: Path): HTMLElement {
  return h('div', { class: 'path-result' },
    h('p', { class: 'path-head' }, t('pathFound', { n: path.steps.length }), ' ',
      h('button', { type: 'button', class: 'show-path', onclick: () => nav.showPath(path) }, t('showPath')), ' ',
      copyLinkButton(() => location.href)),
    h('ol', { class: 'path-steps' }, path.steps.map((s) =>
      h('li', { class: 'path-step' }, h('p', { class: 'step-sentence' }, stepSentence(s)), s.sources.length ? sourceList(s.sources) : null))));
}

export interface PathFinder {
  relabel(): void;
  /** Shows the chain of a link (or clears the result for null). */
  run(path: UrlState['path']): Promise<void>;
}

export function createPathFinder(root: HTMLElement, onSearch: (path: NonNullable<UrlState['path']>) => void): PathFinder {
  const result = h('div', { class: 'path-output', 'aria-live': 'polite' });
  const boxes: SearchBox[] = [];
  const make = (name: string, key: 'pathFrom' | 'pathTo') => {
    const box = createSearchBox({ name, kinds: ['PERSON'], placeholder: () => t('searchPlaceholder'), onPick: () => undefined });
    boxes.push(box);
    return h('label', { class: 'field' }, h('span', { 'data-i18n': key }, t(key)), box.element);
  };
  const hops = h('select', { name: 'maxHops' }, HOP_CHOICES.map((n) => h('option', { value: n, selected: n === 4 }, String(n))));
  const button = h('button', { type: 'submit', class: 'primary', 'data-i18n': 'pathFind' }, t('pathFind'));
  const form = h('form', { class: 'path-form' }, make('path-from', 'pathFrom'), make('path-to', 'pathTo'),
    h('label', { class: 'field' }, h('span', { 'data-i18n': 'pathMaxHops' }, t('pathMaxHops')), hops), button);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const [from, to] = boxes.map((b) => b.picked);
    if (!from || !to) return replace(result, h('p', { class: 'error' }, t('pathPick')));
    onSearch({ from: from.id, to: to.id, hops: Number(hops.value) });
  });
  replace(root, form, result);

  let asked = 0;
  let shown: Path | null = null;
  async function run(path: UrlState['path']): Promise<void> {
    const ticket = ++asked;
    shown = null;
    if (!path) return replace(result);
    hops.value = String(path.hops);
    replace(result, h('p', { class: 'muted' }, h('span', { class: 'spinner' }), ' ', t('loading')));
    try {
      const found = (await gql(CONNECTION, { from: path.from, to: path.to, maxHops: path.hops })).connection;
      if (ticket !== asked) return;
      if (!found) return replace(result, h('p', { class: 'empty' }, t('pathNone', { n: path.hops })));
      // A link opened directly fills the two fields with the people it names.
      const ends = [found.nodes[0], found.nodes[found.nodes.length - 1]];
      boxes.forEach((b, i) => b.set({ kind: 'PERSON', id: ends[i].id, label: ends[i].label, context: null }));
      shown = found;
      replace(result, renderPath(found));
      nav.showPath(found);
    } catch (err) {
      if (ticket === asked) replace(result, h('p', { class: 'error' }, apiErrorMessage(err)));
    }
  }
  function relabel() {
    boxes.forEach((b) => b.relabel());
    if (shown) replace(result, renderPath(shown));
  }
  return { relabel, run };
}
