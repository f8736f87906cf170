// "Copy link" on every panel: the page's link for what is open, to paste into a story or send
// to a colleague. The clipboard API needs a secure context and a permission; without them the
// link is copied through a selected text field, and if even that fails it is shown selected so
// the reader can copy it by hand.
import { h } from './dom';
import { t } from './i18n';
import { showStatus } from './status-bar';

function copyThroughSelection(text: string): boolean {
  const field = h('textarea', { readonly: true, class: 'offscreen', 'aria-hidden': 'true' }, text);
  document.body.append(field);
  field.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  field.remove();
  return ok;
}

export async function copyText(text: string): Promise<'clipboard' | 'selection' | 'shown'> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'clipboard';
  } catch {
    return copyThroughSelection(text) ? 'selection' : 'shown';
  }
}

/** A button that copies `link()` (an absolute address) and says what happened next to it. */
export function copyLinkButton(link: () => string): HTMLElement {
  const wrap = h('span', { class: 'copy-link' });
  const button = h('button', { type: 'button', class: 'copy-link-button' }, t('copyLink'));
  button.addEventListener('click', async () => {
    const url = link();
    const how = await copyText(url);
    wrap.querySelector('.copy-fallback')?.remove();
    if (how === 'shown') {
      const field = h('input', { type: 'text', readonly: true, class: 'copy-fallback', value: url, 'aria-label': t('copyByHand') });
      wrap.append(field);
      field.select();
      showStatus('info', t('copyByHand'));
    } else showStatus('info', t('linkCopied'));
    wrap.dataset.copied = url;
  });
  wrap.append(button);
  return wrap;
}
