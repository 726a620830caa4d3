// One checkbox per optimizer, each with its colour, so several can race at once.
import { element, svgElement } from '../shared/dom.js';
import { OPTIMIZER_COLORS } from './optimizer-colors.js';
import { OPTIMIZER_NAMES } from './messages.js';

export function renderOptimizerChoices(container, ids, onChange) {
  container.replaceChildren(...ids.map((id) => {
    const box = element('input', { type: 'checkbox', value: id, id: `optimizer-${id}`, dataset: { testid: `optimizer-${id}` } });
    box.addEventListener('change', onChange);
    return element('label', { className: 'optimizer-choice', for: `optimizer-${id}` }, box,
      svgElement('svg', { class: 'swatch', viewBox: '0 0 12 12', 'aria-hidden': 'true', width: 12, height: 12 },
        svgElement('circle', { cx: 6, cy: 6, r: 5, fill: OPTIMIZER_COLORS[id] })),
      OPTIMIZER_NAMES[id]);
  }));
}

export function checkedOptimizers(container) {
  return Array.from(container.querySelectorAll('input:checked'), (box) => box.value);
}

export function checkOnly(container, ids) {
  for (const box of container.querySelectorAll('input')) {
    box.checked = ids.includes(box.value);
  }
}
