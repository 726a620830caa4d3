// The numbers beside the formula: every vector and matrix the stage uses or produces, each cell
// carrying its full-precision value in data-value (shown rounded to 4 significant digits).
import { element } from '../shared/dom.js';
import { formatNumber } from '../shared/number-format.js';

/** "z" with subscript "1", as HTML. */
export function symbol(name, index) {
  return element('span', { className: 'symbol' }, name, index === undefined ? null : element('sub', { text: String(index) }));
}

const block = (id, label, values, columns = values.length) => ({ id, label, values, columns });

/** The blocks shown for one stage, in reading order. */
export function stageBlocks(snapshot, stage, t) {
  const n = stage.layer + 1;
  const layer = snapshot.layers[stage.layer];
  const last = snapshot.layers.length;
  const output = snapshot.layers[last - 1];
  const previous = (k) => (k === 1
    ? block('x', symbol('x'), snapshot.x)
    : block(`a${k - 1}`, symbol('a', k - 1), snapshot.layers[k - 2].a));
  const weights = (k, id = `W${k}`, label = symbol('W', k), values = snapshot.layers[k - 1].W) => block(id, label, values, snapshot.layers[k - 1].units);
  switch (stage.kind) {
    case 'input':
      return [block('x', t('row.input'), snapshot.x), block('y', t('row.target'), snapshot.y)];
    case 'weighted-sum':
      return [previous(n), weights(n), block(`b${n}`, symbol('b', n), layer.b), block(`z${n}`, symbol('z', n), layer.z)];
    case 'activation':
      return [block(`z${n}`, symbol('z', n), layer.z), block(`a${n}`, symbol('a', n), layer.a)];
    case 'loss':
      return [block('y', symbol('y'), snapshot.y), block(`a${last}`, symbol('a', last), output.a), block('J', symbol('J'), [snapshot.loss])];
    case 'output-delta':
      return [block(`a${n}`, symbol('a', n), layer.a), block('y', symbol('y'), snapshot.y),
        ...(layer.fprime.length ? [block(`fprime${n}`, ['f′(', symbol('z', n), ')'], layer.fprime)] : []),
        block(`delta${n}`, symbol('δ', n), layer.delta)];
    case 'gradients':
      return [previous(n), block(`delta${n}`, symbol('δ', n), layer.delta),
        weights(n, `dW${n}`, ['∂J/∂', symbol('W', n)], layer.dW), block(`db${n}`, ['∂J/∂', symbol('b', n)], layer.db)];
    case 'upstream':
      return [block(`delta${n + 1}`, symbol('δ', n + 1), snapshot.layers[n].delta), weights(n + 1),
        block(`dJda${n}`, ['∂J/∂', symbol('a', n)], layer.dJda)];
    case 'hidden-delta':
      return [block(`dJda${n}`, ['∂J/∂', symbol('a', n)], layer.dJda), block(`fprime${n}`, ['f′(', symbol('z', n), ')'], layer.fprime),
        block(`delta${n}`, [symbol('δ', n), ' = ∂J/∂', symbol('z', n)], layer.delta)];
    case 'update':
    default:
      return [block('alpha', 'α', [snapshot.learningRate]), ...snapshot.layers.flatMap((l, i) => [
        weights(i + 1), weights(i + 1, `dW${i + 1}`, ['∂J/∂', symbol('W', i + 1)], l.dW),
        weights(i + 1, `W${i + 1}new`, [symbol('W', i + 1), ' − α ∂J/∂', symbol('W', i + 1)], l.newW),
        block(`b${i + 1}`, symbol('b', i + 1), l.b), block(`db${i + 1}`, ['∂J/∂', symbol('b', i + 1)], l.db),
        block(`b${i + 1}new`, [symbol('b', i + 1), ' − α ∂J/∂', symbol('b', i + 1)], l.newB)])];
  }
}

/** Renders blocks as labelled vectors and matrices (a matrix has more than one row). */
export function renderBlocks(container, blocks) {
  container.replaceChildren(...blocks.map(({ id, label, values, columns }) => {
    const rows = [];
    for (let start = 0; start < values.length; start += columns) {
      rows.push(element('tr', {}, values.slice(start, start + columns).map((value, k) => element('td', {
        dataset: { testid: `num-${id}-${start + k}`, value: String(value) },
        text: formatNumber(value),
      }))));
    }
    return element('figure', { className: 'number-block', dataset: { testid: `num-${id}` } },
      element('figcaption', {}, label),
      element('table', { className: rows.length > 1 ? 'matrix' : 'vector' }, element('tbody', {}, rows)));
  }));
}
