// Your own data: paste CSV or upload a file. The engine's own parser checks the text, so a
// mistake is reported with its line and column exactly as training would meet it; valid text
// becomes the "csv" data source.
import { $ } from '../dom.js';
import { t } from '../i18n.js';

export function bindCsv({ api, store, csv, onApply }) {
  const area = $('csv-text');
  const error = $('csv-error');
  const file = $('csv-file');
  const apply = () => {
    const problem = api.checkCsv(area.value, store.get().labelColumn);
    if (problem) {
      error.hidden = false;
      error.textContent = t('csv.error', { message: problem });
      area.setAttribute('aria-invalid', 'true');
      return;
    }
    error.hidden = true;
    error.textContent = '';
    area.setAttribute('aria-invalid', 'false');
    csv.text = area.value;
    if (store.get().source === 'csv') onApply();
    else store.set({ source: 'csv', output: 'softmax', loss: 'cross-entropy', plotX: 0, plotY: 1 });
  };
  $('csv-apply').addEventListener('click', apply);
  file.addEventListener('change', async () => {
    const chosen = file.files && file.files[0];
    if (!chosen) return;
    area.value = await chosen.text();
    apply();
  });
}
