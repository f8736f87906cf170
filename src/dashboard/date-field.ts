// A date typed as the page's language writes it (15/03/2024 in Vietnamese, 03/15/2024 for a
// US reader), whatever the browser's own language: the browser's date input follows the
// browser's locale, not the page's. The value is ISO (2024-03-15) or null.
import { datePattern, parseDateIn, typedDate } from './dates';
import { h } from './dom';
import { locale, t } from './i18n';

export interface DateField {
  element: HTMLElement;
  input: HTMLInputElement;
  /** The ISO date typed, null when empty; throws a readable message when the text is not a date. */
  value(): string | null;
}

export function createDateField(name: string, caption: string, value: string | null): DateField {
  const pattern = datePattern(locale());
  const input = h('input', { type: 'text', name, inputmode: 'numeric', autocomplete: 'off', placeholder: pattern, size: pattern.length + 1, value: typedDate(value, locale()), 'data-iso': value ?? '' });
  const element = h('label', { class: 'date-field' }, caption, ' ', input);
  return {
    element,
    input,
    value() {
      const text = input.value.trim();
      if (!text) return null;
      const iso = parseDateIn(text, locale());
      // aria-invalid, not setCustomValidity: a custom validity would block the next submit itself.
      input.setAttribute('aria-invalid', String(!iso));
      if (!iso) throw new Error(t('dateInvalid', { text, pattern }));
      return iso;
    },
  };
}
