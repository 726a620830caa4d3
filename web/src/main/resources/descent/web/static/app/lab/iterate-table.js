// The table of iterates of one run: step, point, f, gradient and the update the optimizer made
// from that point. Long runs show their first and last rows with a note in between, so the DOM
// stays small however many steps were taken.
import { element } from '../shared/dom.js';
import { formatNumber, formatTuple } from '../shared/number-format.js';

export const FIRST_ROWS = 200;
export const LAST_ROWS = 20;

export function renderTableHead(headRow, t) {
  headRow.replaceChildren(...['table.step', 'table.point', 'table.f', 'table.gradient', 'table.update']
    .map((key) => element('th', { scope: 'col', text: t(key) })));
}

export function renderTableBody(body, trace, t) {
  if (!trace || trace.count === 0) {
    body.replaceChildren(element('tr', {}, element('td', { colspan: 5, text: t('table.empty') })));
    return;
  }
  const rows = [];
  const count = trace.count;
  const head = Math.min(count, FIRST_ROWS);
  for (let i = 0; i < head; i++) {
    rows.push(row(trace, i));
  }
  const tailStart = Math.max(head, count - LAST_ROWS);
  if (tailStart > head) {
    rows.push(element('tr', { className: 'skipped', dataset: { testid: 'iterate-skipped' } },
      element('td', { colspan: 5, text: t('table.skipped', { count: tailStart - head, first: FIRST_ROWS, last: LAST_ROWS }) })));
  }
  for (let i = tailStart; i < count; i++) {
    rows.push(row(trace, i));
  }
  body.replaceChildren(...rows);
}

function row(trace, index) {
  const dimension = trace.dimension;
  const gradient = dimension === 2 ? [trace.gradient(index, 0), trace.gradient(index, 1)] : [trace.gradient(index, 0)];
  const update = dimension === 2 ? [trace.update(index, 0), trace.update(index, 1)] : [trace.update(index, 0)];
  const numbers = (values) => (values.length === 1 ? formatNumber(values[0]) : formatTuple(values));
  return element('tr', { dataset: { testid: 'iterate-row' } },
    element('th', { scope: 'row', text: String(index) }),
    element('td', { text: numbers(trace.point(index)) }),
    element('td', { text: formatNumber(trace.value(index)) }),
    element('td', { text: numbers(gradient) }),
    element('td', { text: Number.isNaN(update[0]) ? '' : numbers(update) }));
}
