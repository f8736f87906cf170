// One place for what the page is doing or why it cannot: loading, an API failure with a retry,
// or an empty answer. Screen readers hear it (role=status).
import { ApiError } from './api-client';
import { $, h, replace } from './dom';
import { t } from './i18n';

export type StatusKind = 'loading' | 'error' | 'empty' | 'info';

export function showStatus(kind: StatusKind, message: string, retry?: () => void): void {
  const el = $('#status');
  el.dataset.kind = kind;
  replace(el, kind === 'loading' ? h('span', { class: 'spinner', 'aria-hidden': 'true' }) : null, h('span', { class: 'status-text' }, message),
    retry ? h('button', { type: 'button', class: 'retry', onclick: retry }, t('retry')) : null);
}

export function clearStatus(): void {
  const el = $('#status');
  delete el.dataset.kind;
  replace(el);
}

export function apiErrorMessage(e: unknown): string {
  if (e instanceof ApiError && e.failure === 'network') return t('apiUnreachable');
  return t('apiFailed', { message: (e as Error)?.message ?? String(e) });
}

export const showApiError = (e: unknown, retry?: () => void) => showStatus('error', apiErrorMessage(e), retry);
