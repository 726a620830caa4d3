// The playground's Embed button: a dialog that writes the <iframe> snippet for the current
// configuration (size, title for screen readers, loading="lazy", no extra permissions) and
// copies it (navigator.clipboard, else the text is selected for Ctrl+C).
import { $, el } from '../dom.js';
import { t, onLanguageChange } from '../i18n.js';
import { fragmentFromState } from '../url-state.js';

const SAVED_PAGE = /^\/e\/([A-Za-z0-9]{1,64})\/?$/;

const escapeAttribute = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;')
  .replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The embed URL for the page's current configuration and the chosen options. */
export function embedUrl({ origin, pathname, state, readonly, autoplay, theme, hide }) {
  const saved = SAVED_PAGE.exec(pathname);
  const query = new URLSearchParams();
  if (hide.length) query.set('hide', hide.join(','));
  if (readonly) query.set('readonly', '1');
  if (autoplay) query.set('autoplay', '1');
  if (theme) query.set('theme', theme);
  const q = query.toString().replace(/%2C/g, ',');
  const fragment = fragmentFromState(state);
  // A saved experiment that has not been changed embeds by id; anything else by its fragment.
  const base = saved && !fragment ? `${origin}/embed/${saved[1]}` : `${origin}/embed`;
  return `${base}${q ? `?${q}` : ''}${saved && !fragment ? '' : fragment}`;
}

export function iframeSnippet({ url, width, height, title }) {
  return `<iframe src="${escapeAttribute(url)}" width="${width}" height="${height}"`
    + ` title="${escapeAttribute(title)}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

export function bindEmbedDialog({ store }) {
  const opener = $('embed-open');
  const number = (id, value) => el('input', { id, type: 'number', min: 200, max: 4000, step: 10, value, inputmode: 'numeric' });
  const width = number('embed-width', 800);
  const height = number('embed-height', 640);
  const readonly = el('input', { id: 'embed-readonly', type: 'checkbox', dataset: { testid: 'embed-readonly' } });
  const autoplay = el('input', { id: 'embed-autoplay', type: 'checkbox' });
  const theme = el('select', { id: 'embed-theme' });
  const hideNames = ['data', 'network', 'output', 'charts', 'controls.training'];
  const hideBoxes = hideNames.map((name) => el('input', { type: 'checkbox', value: name,
    dataset: { testid: `embed-hide-${name}` } }));
  const code = el('textarea', { id: 'embed-code', rows: 4, readonly: true, spellcheck: 'false',
    dataset: { testid: 'embed-code' } });
  const copy = el('button', { type: 'button', className: 'primary', dataset: { testid: 'embed-copy' } });
  const copyStatus = el('span', { className: 'hint', role: 'status' });
  const preview = el('a', { target: '_blank', rel: 'noopener', className: 'button-link' });
  const close = el('button', { type: 'button', dataset: { testid: 'embed-close' } });
  const heading = el('h2', { id: 'embed-heading' });
  const intro = el('p', { className: 'hint' });
  const labels = [];
  const label = (key, forId, ...children) => {
    const node = el('label', { for: forId, className: forId ? undefined : 'check' }, ...children);
    const span = el('span');
    labels.push([span, key]);
    node.prepend(span);
    return node;
  };
  const checkLabel = (key, box) => {
    const span = el('span');
    labels.push([span, key]);
    return el('label', { className: 'check' }, box, span);
  };
  const legend = el('legend');
  labels.push([legend, 'embed.hideLegend']);
  const dialog = el('dialog', { id: 'embed-dialog', className: 'embed-dialog', 'aria-labelledby': 'embed-heading',
    dataset: { testid: 'embed-dialog' } },
  heading, intro,
  el('div', { className: 'row wrap' },
    el('div', { className: 'field' }, label('embed.width', 'embed-width'), width),
    el('div', { className: 'field' }, label('embed.height', 'embed-height'), height),
    el('div', { className: 'field' }, label('embed.theme', 'embed-theme'), theme)),
  el('div', { className: 'row wrap' }, checkLabel('embed.readonly', readonly), checkLabel('embed.autoplay', autoplay)),
  el('fieldset', { className: 'embed-hide' }, legend,
    ...hideBoxes.map((box, i) => checkLabel(`embed.hide.${hideNames[i]}`, box))),
  el('div', { className: 'field' }, label('embed.snippet', 'embed-code'), code),
  el('div', { className: 'row wrap' }, copy, copyStatus, preview),
  el('div', { className: 'row embed-dialog-end' }, close));
  document.body.append(dialog);

  const relabel = () => {
    heading.textContent = t('embed.heading');
    intro.textContent = t('embed.intro');
    for (const [span, key] of labels) span.textContent = t(key);
    copy.textContent = t('embed.copy');
    close.textContent = t('embed.close');
    preview.textContent = t('embed.preview');
    const chosen = theme.value;
    while (theme.firstChild) theme.firstChild.remove();
    for (const v of ['', 'light', 'dark']) theme.append(el('option', { value: v, text: t(`embed.theme.${v || 'auto'}`) }));
    theme.value = chosen;
  };

  const clampSize = (input, fallback) => {
    const v = Math.round(Number(input.value));
    return Number.isFinite(v) && v >= 200 && v <= 4000 ? v : fallback;
  };
  const update = () => {
    const state = store.get();
    const url = embedUrl({ origin: location.origin, pathname: location.pathname, state,
      readonly: readonly.checked, autoplay: autoplay.checked, theme: theme.value,
      hide: hideBoxes.filter((b) => b.checked).map((b) => b.value) });
    const title = t('embed.frameTitle', { title: `${state.source}, ${t('embed.defaultTitle')}` });
    code.value = iframeSnippet({ url, width: clampSize(width, 800), height: clampSize(height, 640), title });
    preview.href = url;
    copyStatus.textContent = '';
  };
  for (const input of [width, height, readonly, autoplay, theme, ...hideBoxes]) {
    input.addEventListener('input', update);
    input.addEventListener('change', update);
  }
  copy.addEventListener('click', async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(code.value);
      copyStatus.textContent = t('embed.copied');
    } catch (e) {
      // Insecure context or denied permission: select the text so Ctrl+C copies it.
      code.focus();
      code.select();
      let copied = false;
      try {
        copied = document.execCommand('copy');
      } catch (ignored) {
        copied = false;
      }
      copyStatus.textContent = t(copied ? 'embed.copied' : 'embed.copyManual');
    }
  });
  close.addEventListener('click', () => dialog.close());
  opener.addEventListener('click', () => {
    update();
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    code.focus();
    code.select();
  });
  store.subscribe(() => { if (dialog.open) update(); });
  onLanguageChange(() => { relabel(); update(); });
  relabel();
}
