// Your own data: paste CSV or upload a file. Mistakes are reported with line and column before
// the engine sees the text; valid text becomes the "csv" data source.
import { $ } from '../dom.js';
import { t } from '../i18n.js';
import { checkCsv } from '../csv-check.js';

export function bindCsv({ store, csv, onApply }) {
  const area = $('csv-text');
  const error = $('csv-error');
  const file = $('csv-file');
  const apply = () => {
    const problem = checkCsv(area.value, store.get().labelColumn);
    if (problem) {
      error.hidden = false;
      error.textContent = t('csv.error', { line: problem.line, column: problem.column,
        message: t(problem.key, problem.params) });
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
