// The computational graph, drawn like micrograd's draw_dot but live: one box per scalar (every
// input, every weighted sum, every activation, the loss) with its value and its gradient dJ/d(it),
// filled in as the stages go forward and then backward. Weights label the edges into each sum.
import { svgElement } from '../shared/dom.js';
import { formatNumber } from '../shared/number-format.js';
import { gradientStage, valueStage } from './reveal.js';

export const MAX_UNITS = 20;
const BOX_WIDTH = 132;
const BOX_HEIGHT = 58;
const COLUMN_GAP = 196;
const ROW_GAP = 78;
const MARGIN = 20;

/** False when a layer is too wide for a readable graph. */
export function graphFits(snapshot) {
  return snapshot.x.length <= MAX_UNITS && snapshot.layers.every((layer) => layer.units <= MAX_UNITS);
}

export function renderComputeGraph(svg, snapshot, stageNumber) {
  const columns = [{ kind: 'x', layer: -1, values: snapshot.x, gradients: snapshot.dJdx }];
  snapshot.layers.forEach((layer, l) => {
    columns.push({ kind: 'z', layer: l, values: layer.z, gradients: layer.delta, op: 'Σ' });
    columns.push({ kind: 'a', layer: l, values: layer.a, gradients: layer.dJda, op: layer.activation });
  });
  columns.push({ kind: 'J', layer: -1, values: [snapshot.loss], gradients: [1], op: snapshot.lossId });
  const tallest = Math.max(...columns.map((c) => c.values.length));
  const height = tallest * ROW_GAP + 2 * MARGIN;
  const width = columns.length * COLUMN_GAP + 2 * MARGIN - (COLUMN_GAP - BOX_WIDTH);
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const at = (c, i) => [MARGIN + c * COLUMN_GAP,
    height / 2 + (i - (columns[c].values.length - 1) / 2) * ROW_GAP - BOX_HEIGHT / 2];

  const edges = [];
  for (let c = 1; c < columns.length; c++) {
    const column = columns[c];
    const fromColumn = columns[c - 1];
    for (let j = 0; j < column.values.length; j++) {
      for (let i = 0; i < fromColumn.values.length; i++) {
        if (!connected(column, fromColumn, snapshot, i, j)) {
          continue;
        }
        const [x1, y1] = at(c - 1, i);
        const [x2, y2] = at(c, j);
        edges.push(curve(x1 + BOX_WIDTH, y1 + BOX_HEIGHT / 2, x2, y2 + BOX_HEIGHT / 2,
          column.kind === 'z' && edgesActive(snapshot, stageNumber, column.layer)));
      }
    }
  }
  const boxes = columns.flatMap((column, c) => column.values.map((value, i) => {
    const valueShown = stageNumber >= valueStage(snapshot, column.kind, column.layer);
    const gradientShown = stageNumber >= gradientStage(snapshot, column.kind, column.layer);
    const current = stageNumber === valueStage(snapshot, column.kind, column.layer)
      || stageNumber === gradientStage(snapshot, column.kind, column.layer);
    return box(at(c, i), {
      name: nodeName(column, i),
      op: column.op,
      value: valueShown ? value : null,
      gradient: gradientShown ? column.gradients[i] : null,
      current,
      testid: `graph-${column.kind}${column.layer >= 0 ? column.layer + 1 : ''}-${i}`,
    });
  }));
  svg.replaceChildren(...edges, ...boxes);
}

/** Dense between layers; one-to-one from a sum to its activation, except softmax couples all. */
function connected(column, fromColumn, snapshot, i, j) {
  if (column.kind === 'a' && snapshot.layers[column.layer].activation !== 'softmax') {
    return i === j;
  }
  return fromColumn.values.length > 0;
}

function edgesActive(snapshot, stageNumber, layer) {
  const stage = snapshot.stages[stageNumber];
  return (stage.kind === 'weighted-sum' || stage.kind === 'gradients') && stage.layer === layer;
}

function nodeName(column, i) {
  if (column.kind === 'J') {
    return 'J';
  }
  return column.kind === 'x' ? `x${i + 1}` : `${column.kind}${column.layer + 1},${i + 1}`;
}

function curve(x1, y1, x2, y2, active) {
  const bend = (x2 - x1) / 2;
  return svgElement('path', {
    d: `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`,
    class: `graph-edge${active ? ' is-active' : ''}`,
  });
}

function box([x, y], { name, op, value, gradient, current, testid }) {
  const attributes = { class: `graph-node${current ? ' is-current' : ''}`, 'data-testid': testid };
  if (value !== null) {
    attributes['data-value'] = String(value);
  }
  if (gradient !== null) {
    attributes['data-grad'] = String(gradient);
  }
  return svgElement('g', attributes,
    svgElement('rect', { x, y, width: BOX_WIDTH, height: BOX_HEIGHT, rx: 6 }),
    svgElement('text', { x: x + 8, y: y + 16, class: 'graph-name' }, name, op ? svgElement('tspan', { class: 'graph-op', dx: 6 }, op) : null),
    svgElement('text', { x: x + 8, y: y + 33, class: 'graph-value' }, `data ${value === null ? '·' : formatNumber(value)}`),
    svgElement('text', { x: x + 8, y: y + 50, class: 'graph-grad' }, `grad ${gradient === null ? '·' : formatNumber(gradient)}`));
}
