// A search field with suggestions from the API's search (which ignores diacritics and case, so
// "le hong quang" finds Lê Hồng Quang). Used in the header and by the path finder's two fields.
import { gql } from './api-client';
import { h, replace } from './dom';
import { label, t } from './i18n';
import { SEARCH, type SearchHit } from './queries';
import { apiErrorMessage } from './status-bar';

export interface SearchBoxOptions {
  placeholder: () => string;
  /** Only these kinds are offered (the path finder wants people). */
  kinds?: SearchHit['kind'][];
  onPick(hit: SearchHit): void;
  name: string;
}

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  picked: SearchHit | null;
  relabel(): void;
  /** Fills the field with a choice made elsewhere (a link opened directly). */
  set(hit: SearchHit): void;
}

export function createSearchBox(options: SearchBoxOptions): SearchBox {
  const input = h('input', { type: 'search', name: options.name, autocomplete: 'off', spellcheck: 'false', role: 'combobox', 'aria-expanded': 'false', 'aria-autocomplete': 'list' });
  const list = h('ul', { class: 'suggestions', role: 'listbox', hidden: true });
  const box: SearchBox = {
    element: h('div', { class: 'search-box' }, input, list), input, picked: null,
    relabel: () => {
      input.placeholder = options.placeholder();
      input.setAttribute('aria-label', options.placeholder());
    },
    set: (hit) => {
      box.picked = hit;
      input.value = hit.label;
    },
  };
  box.relabel();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  let hits: SearchHit[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const pick = (hit: SearchHit) => {
    box.picked = hit;
    input.value = hit.label;
    close();
    options.onPick(hit);
  };
  const mark = () => list.querySelectorAll('li').forEach((li, i) => li.classList.toggle('active', i === active));

  async function ask(text: string) {
    const ticket = ++asked;
    try {
      const data = await gql(SEARCH, { text, first: 15 });
      if (ticket !== asked) return;
      hits = options.kinds ? data.search.filter((s) => options.kinds!.includes(s.kind)) : data.search;
      replace(list, hits.length
        ? hits.map((hit) => h('li', { role: 'option', 'data-id': hit.id, 'data-kind': hit.kind, onmousedown: (e: Event) => (e.preventDefault(), pick(hit)) },
            h('span', { class: `kind kind-${hit.kind.toLowerCase()}` }, label(hit.kind)), ' ', h('span', { class: 'hit-label', translate: 'no' }, hit.label),
            hit.context ? h('span', { class: 'muted', translate: 'no' }, ` · ${hit.context}`) : null))
        : h('li', { class: 'muted nothing' }, t('searchNothing', { text })));
    } catch (e) {
      if (ticket !== asked) return;
      hits = [];
      replace(list, h('li', { class: 'error' }, apiErrorMessage(e)));
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  input.addEventListener('input', () => {
    box.picked = null;
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return close();
    timer = setTimeout(() => ask(text), 200);
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden || !hits.length) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      mark();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(hits[Math.max(0, active)]);
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return box;
}
