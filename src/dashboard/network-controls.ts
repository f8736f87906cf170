// Above the network: which graph to draw (people who met, people and meetings, everything), the
// ego view's title with its depth and a way back, and the time slider that plays the network
// through the dates of its meetings.
import { h, replace } from './dom';
import { formatDate } from './format';
import { t } from './i18n';
import type { NetworkMode } from './url-state';

export interface ControlsState {
  mode: NetworkMode;
  /** The slider's steps (ISO days, oldest first); its last position is "all dates". */
  days: string[];
  at: string | null;
  ego: { id: string; depth: 1 | 2; name: string | null } | null;
  egoMissing: boolean;
}

export interface ControlsHandlers {
  onMode(mode: NetworkMode): void;
  /** `final` is false while the slider is dragged or played. */
  onTime(at: string | null, final: boolean): void;
  onEgo(ego: { id: string; depth: 1 | 2 } | null): void;
}

const MODES: Array<[NetworkMode, 'modePeople' | 'modeMeetings' | 'modeAll']> = [['people', 'modePeople'], ['meetings', 'modeMeetings'], ['all', 'modeAll']];
const PLAY_STEP_MS = 700;

export function createNetworkControls(root: HTMLElement, handlers: ControlsHandlers): { render(s: ControlsState): void; stop(): void } {
  let timer: ReturnType<typeof setInterval> | undefined;
  let current: ControlsState | null = null;
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
  };

  function render(s: ControlsState): void {
    current = s;
    const index = s.at === null ? s.days.length : Math.max(0, s.days.findIndex((d) => d >= s.at!));
    const slider = h('input', { type: 'range', name: 'at', min: 0, max: s.days.length, step: 1, value: index, disabled: !s.days.length, 'aria-label': t('timeUntil') });
    const shown = h('output', { class: 'time-value' }, index >= s.days.length ? t('allDates') : formatDate(s.days[index], 'long'));
    const dayAt = (i: number) => (i >= s.days.length ? null : s.days[i]);
    slider.addEventListener('input', () => {
      stop();
      const i = Number(slider.value);
      shown.textContent = i >= s.days.length ? t('allDates') : formatDate(s.days[i], 'long');
      handlers.onTime(dayAt(i), false);
    });
    slider.addEventListener('change', () => handlers.onTime(dayAt(Number(slider.value)), true));
    const play = h('button', { type: 'button', class: 'play', disabled: !s.days.length, 'aria-pressed': String(!!timer) }, timer ? t('pause') : t('play'));
    play.addEventListener('click', () => {
      if (timer) {
        stop();
        return render(current!);
      }
      let i = index >= s.days.length ? 0 : index;
      handlers.onTime(dayAt(i), false);
      timer = setInterval(() => {
        i += 1;
        if (i >= s.days.length) stop();
        handlers.onTime(dayAt(i), i >= s.days.length);
      }, PLAY_STEP_MS);
      render({ ...current!, at: dayAt(i) });
    });

    const modes = h('div', { class: 'modes', role: 'radiogroup', 'aria-label': t('viewMode') },
      h('span', { class: 'muted' }, t('viewMode')),
      MODES.map(([mode, key]) => h('button', { type: 'button', role: 'radio', 'data-mode': mode, 'aria-checked': String(s.mode === mode), onclick: () => handlers.onMode(mode) }, t(key))));
    const ego = s.ego
      ? h('div', { class: 'ego-bar', 'data-ego': s.ego.id },
          h('strong', {}, t('egoTitle', { name: s.ego.name ?? s.ego.id, n: s.ego.depth })),
          s.egoMissing ? h('span', { class: 'warning' }, ' ', t('egoMissing')) : null,
          ([1, 2] as const).map((d) => h('button', { type: 'button', class: 'ego-depth', 'data-depth': d, 'aria-pressed': String(s.ego!.depth === d), onclick: () => handlers.onEgo({ id: s.ego!.id, depth: d }) }, t('egoDepth', { n: d }))),
          h('button', { type: 'button', class: 'ego-close', onclick: () => handlers.onEgo(null) }, t('egoClose')))
      : null;
    const time = h('div', { class: 'time' }, h('label', {}, h('span', {}, t('timeUntil')), ' ', slider), ' ', shown, ' ', play,
      s.days.length ? null : h('span', { class: 'muted' }, ' ', t('noDates')));
    replace(root, modes, ego, time);
  }
  return { render, stop };
}
