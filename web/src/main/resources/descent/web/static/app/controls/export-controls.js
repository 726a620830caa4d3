// The export buttons: fill the preview and offer a download (a Blob URL, no server round trip).
import { $ } from '../dom.js';
import { t } from '../i18n.js';
import { numpyScript, weightsJson } from '../export.js';

export function bindExport({ store, getSession, experiment }) {
  const text = $('export-text');
  const link = $('export-download');
  let url = null;
  const show = (content, filename, type) => {
    text.value = content;
    if (url) URL.revokeObjectURL(url);
    url = URL.createObjectURL(new Blob([content], { type }));
    link.href = url;
    link.download = filename;
    link.hidden = false;
    link.textContent = `${t('export.download')} ${filename}`;
  };
  $('export-experiment').addEventListener('click', () => {
    show(JSON.stringify(experiment(), null, 2), 'descent-experiment.json', 'application/json');
  });
  $('export-weights').addEventListener('click', () => {
    const s = getSession();
    if (!s) return;
    show(weightsJson(experiment(), s.sizes, s.parameters(), s.readMetrics().epoch),
      'descent-weights.json', 'application/json');
  });
  $('export-numpy').addEventListener('click', () => {
    const s = getSession();
    if (!s) return;
    show(numpyScript(experiment(), s.sizes, s.parameters(), s.inputNames), 'descent_network.py', 'text/x-python');
  });
  $('copy-link').addEventListener('click', async () => {
    text.value = location.href;
    try {
      await navigator.clipboard.writeText(location.href);
      $('copy-link').textContent = t('export.copied');
      setTimeout(() => { $('copy-link').textContent = t('export.link'); }, 1500);
    } catch (e) {
      text.select();
    }
  });
  return { store };
}
