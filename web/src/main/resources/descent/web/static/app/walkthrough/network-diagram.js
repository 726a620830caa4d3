// The network as neurons and weights (SVG): inputs, each layer, the loss. A node shows its
// weighted sum z, then its activation a, then its error term δ = ∂J/∂z, each as soon as the
// stages have computed it; the weights in use at the current stage are highlighted and labelled.
import { svgElement } from '../shared/dom.js';
import { formatNumber } from '../shared/number-format.js';
import { gradientStage, valueStage, weightLayerOf } from './reveal.js';

const COLUMN_GAP = 190;
const ROW_GAP = 92;
const RADIUS = 27;
const MARGIN = 56;

export function renderNetworkDiagram(svg, snapshot, stageNumber) {
  const stage = snapshot.stages[stageNumber];
  const sizes = [snapshot.x.length, ...snapshot.layers.map((l) => l.units)];
  const height = Math.max(...sizes) * ROW_GAP + MARGIN;
  const width = sizes.length * COLUMN_GAP + MARGIN;
  const position = (column, index) => [MARGIN + column * COLUMN_GAP,
    height / 2 + (index - (sizes[column] - 1) / 2) * ROW_GAP];
  const lossPosition = [MARGIN + sizes.length * COLUMN_GAP - 40, height / 2];
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);

  const highlighted = stage.kind === 'update' ? -2 : weightLayerOf(stage);
  const edges = [];
  const labels = [];
  snapshot.layers.forEach((layer, l) => {
    const largest = Math.max(...layer.W.map(Math.abs), 1e-9);
    for (let i = 0; i < layer.fanIn; i++) {
      for (let j = 0; j < layer.units; j++) {
        const weight = layer.W[i * layer.units + j];
        const [x1, y1] = position(l, i);
        const [x2, y2] = position(l + 1, j);
        const active = highlighted === l || highlighted === -2;
        edges.push(svgElement('line', {
          x1, y1, x2, y2,
          class: `edge ${weight >= 0 ? 'is-positive' : 'is-negative'}${active ? ' is-active' : ''}`,
          'stroke-width': (0.8 + (2.6 * Math.abs(weight)) / largest).toFixed(2),
        }, svgElement('title', { text: `W${l + 1}[${i + 1},${j + 1}] = ${formatNumber(weight)}` })));
        if (active) {
          const shown = stage.kind === 'gradients' ? layer.dW[i * layer.units + j] : weight;
          labels.push(edgeLabel(x1 + (x2 - x1) * 0.3, y1 + (y2 - y1) * 0.3, formatNumber(shown)));
        }
      }
    }
  });
  const outputs = sizes.length - 1;
  for (let k = 0; k < sizes[outputs]; k++) {
    const [x1, y1] = position(outputs, k);
    edges.push(svgElement('line', { x1, y1, x2: lossPosition[0], y2: lossPosition[1], class: 'edge is-loss' }));
  }

  const nodes = [];
  for (let i = 0; i < sizes[0]; i++) {
    nodes.push(neuron(position(0, i), `x${sub(i + 1)}`, [formatNumber(snapshot.x[i])], stage.kind === 'input' || (stage.layer === 0 && stage.kind === 'weighted-sum')));
  }
  snapshot.layers.forEach((layer, l) => {
    const zShown = stageNumber >= valueStage(snapshot, 'z', l);
    const aShown = stageNumber >= valueStage(snapshot, 'a', l);
    const deltaShown = stageNumber >= gradientStage(snapshot, 'z', l);
    const current = stage.layer === l;
    for (let j = 0; j < layer.units; j++) {
      const lines = [aShown ? `a ${formatNumber(layer.a[j])}` : zShown ? `z ${formatNumber(layer.z[j])}` : ''];
      if (deltaShown) {
        lines.push(`δ ${formatNumber(layer.delta[j])}`);
      }
      nodes.push(neuron(position(l + 1, j), `${l === snapshot.layers.length - 1 ? 'out' : 'h'}${sub(j + 1)}`, lines, current, `node-${l + 1}-${j}`));
    }
  });
  const lossShown = stageNumber >= valueStage(snapshot, 'J');
  nodes.push(neuron(lossPosition, 'J', [lossShown ? formatNumber(snapshot.loss) : ''], stage.kind === 'loss', 'node-loss'));
  svg.replaceChildren(...edges, ...labels, ...nodes);
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
function sub(number) {
  return String(number).replace(/\d/g, (d) => SUBSCRIPTS[d]);
}

function edgeLabel(x, y, text) {
  return svgElement('text', { x, y: y - 4, class: 'edge-label', 'text-anchor': 'middle' }, text);
}

function neuron([x, y], name, lines, current, testid) {
  return svgElement('g', { class: `neuron${current ? ' is-current' : ''}`, 'data-testid': testid },
    svgElement('circle', { cx: x, cy: y, r: RADIUS }),
    svgElement('text', { x, y: y - RADIUS - 6, class: 'neuron-name', 'text-anchor': 'middle' }, name),
    ...lines.map((line, k) => svgElement('text', {
      x, y: k === 0 ? y + 4 : y + RADIUS + 15, class: k === 0 ? 'neuron-value' : 'neuron-delta', 'text-anchor': 'middle',
    }, line)));
}
