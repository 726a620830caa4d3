// The formula of each stage in MathML, in the article's notation: layer numbers from 1, a_0 = x,
// z_l = a_{l-1} W_l + b_l, a_l = f(z_l), and both names of the error term.
import { frac, math, mi, mn, mo, partial, row, space, sub, sup } from '../shared/mathml.js';

const indexed = (name, n) => sub(mi(name), mn(String(n)));
const activationInput = (n) => (n === 1 ? mi('x') : indexed('a', n - 1));
const dJ = (of) => partial(mi('J'), of);
const component = (name, n, k) => sub(mi(name), row(mn(String(n)), mo(','), mi(k)));
const delta = (n) => sub(mi('δ'), mn(String(n)));
const transposed = (base) => sup(base, mi('T'));

/** The <math> element for one stage. */
export function stageFormula(snapshot, stage) {
  const n = stage.layer + 1;
  const last = snapshot.layers.length;
  switch (stage.kind) {
    case 'input':
      return math('a0 = x; y is one-hot', indexed('a', 0), mo('='), mi('x'), mo(','), space(), mi('y'), mo('∈'), sup(row(mo('{'), mn('0'), mo(','), mn('1'), mo('}')), mi('K')), mo(','), space(), mo('∑'), sub(mi('y'), mi('k')), mo('='), mn('1'));
    case 'weighted-sum':
      return math(`z${n} = a${n - 1} W${n} + b${n}`, indexed('z', n), mo('='), activationInput(n), indexed('W', n), mo('+'), indexed('b', n));
    case 'activation':
      return activationFormula(snapshot.layers[stage.layer].activation, n);
    case 'loss':
      return snapshot.lossId === 'cross-entropy'
        ? math(`J = minus sum of y_k log a${last}_k`, mi('J'), mo('='), mo('−'), mo('∑'), sub(mi('y'), mi('k')), mi('log'), component('a', last, 'k'))
        : math(`J = one half sum of (a${last} - y) squared`, mi('J'), mo('='), frac(mn('1'), mn('2')), mo('∑'), sup(row(mo('('), sub(mi('a'), mi('k')), mo('−'), sub(mi('y'), mi('k')), mo(')')), mn('2')));
    case 'output-delta':
      return snapshot.lossId === 'cross-entropy'
        ? math(`delta${n} = dJ/dz${n} = a${n} - y`, delta(n), mo('='), dJ(indexed('z', n)), mo('='), indexed('a', n), mo('−'), mi('y'))
        : math(`delta${n} = dJ/dz${n} = (a${n} - y) times f'(z${n})`, delta(n), mo('='), dJ(indexed('z', n)), mo('='), row(mo('('), indexed('a', n), mo('−'), mi('y'), mo(')')), mo('⊙'), mi('f′'), row(mo('('), indexed('z', n), mo(')')));
    case 'gradients':
      return math(`dJ/dW${n} = a${n - 1} transposed delta${n}; dJ/db${n} = delta${n}`, dJ(indexed('W', n)), mo('='), transposed(activationInput(n)), delta(n), mo(','), space(), dJ(indexed('b', n)), mo('='), delta(n));
    case 'upstream':
      return math(`dJ/da${n} = delta${n + 1} W${n + 1} transposed`, dJ(indexed('a', n)), mo('='), delta(n + 1), transposed(indexed('W', n + 1)));
    case 'hidden-delta':
      return math(`delta${n} = dJ/dz${n} = dJ/da${n} times f'(z${n})`, delta(n), mo('='), dJ(indexed('z', n)), mo('='), dJ(indexed('a', n)), mo('⊙'), mi('f′'), row(mo('('), indexed('z', n), mo(')')), derivativeNote(snapshot.layers[stage.layer].activation, n));
    case 'update':
    default:
      return math('w <- w - alpha dJ/dw', mi('w'), mo('←'), mi('w'), mo('−'), mi('α'), dJ(mi('w')));
  }
}

function activationFormula(activation, n) {
  if (activation === 'softmax') {
    return math(`a${n}_k = exp(z${n}_k) / sum_j exp(z${n}_j)`, component('a', n, 'k'), mo('='),
      frac(sup(mi('e'), component('z', n, 'k')), row(sub(mo('∑'), mi('j')), sup(mi('e'), component('z', n, 'j')))));
  }
  return math(`a${n} = ${activation}(z${n})`, indexed('a', n), mo('='), mi(activation), row(mo('('), indexed('z', n), mo(')')));
}

/** For tanh, the slope written out: f'(z) = 1 - a^2. */
function derivativeNote(activation, n) {
  if (activation !== 'tanh') {
    return row();
  }
  return row(mo(','), space(), mi('f′'), row(mo('('), indexed('z', n), mo(')')), mo('='), mn('1'), mo('−'), sup(indexed('a', n), mn('2')));
}
