// Network: input features (for 2-D generated data), hidden layers with their width and
// activation, the output activation and the loss.
import { ACTIVATIONS, FEATURES, PLANE, LOSSES, MAX_HIDDEN_LAYERS, MAX_UNITS, OUTPUTS } from '../state.js';
import { clear, el } from '../dom.js';
import { t } from '../i18n.js';
import { selectField } from './fields.js';

export function createNetworkControls(container, store) {
  const features = el('fieldset', { className: 'features', id: 'features' });
  const layers = el('fieldset', { className: 'layers', id: 'layers' });
  const output = selectField({ id: 'output-activation', testid: 'output-activation', labelKey: 'network.output',
    options: OUTPUTS.map((o) => [o, `act.${o}`]), get: (s) => s.output,
    set: (v) => store.set({ output: v, loss: v === 'softmax' ? 'cross-entropy' : v === 'sigmoid' ? store.get().loss : 'mse' }) });
  const loss = selectField({ id: 'loss', testid: 'loss', labelKey: 'network.loss',
    options: (s) => LOSSES.filter((l) => (s.output === 'softmax' ? l === 'cross-entropy'
      : l !== 'cross-entropy' && (l !== 'binary-cross-entropy' || s.output === 'sigmoid')))
      .map((l) => [l, `loss.${l}`]),
    get: (s) => s.loss, set: (v) => store.set({ loss: v }) });
  container.append(features, layers, el('div', { className: 'row wrap' }, output.element, loss.element));

  const renderFeatures = (state) => {
    clear(features);
    features.hidden = !PLANE.has(state.source);
    features.append(el('legend', { text: t('network.features') }));
    for (const name of FEATURES) {
      const id = `feature-${name.replace(/[^a-z0-9]/gi, '_')}`;
      const box = el('input', { type: 'checkbox', id, dataset: { testid: `feature-${name}` } });
      box.checked = state.features.includes(name);
      box.disabled = box.checked && state.features.length === 1;
      box.addEventListener('change', () => {
        const chosen = new Set(store.get().features);
        if (box.checked) chosen.add(name);
        else chosen.delete(name);
        store.set({ features: FEATURES.filter((f) => chosen.has(f)) });
      });
      features.append(el('label', { className: 'check chip', for: id }, box, el('span', { text: name })));
    }
  };

  const button = (text, label, testid, onClick, disabled) => {
    const b = el('button', { type: 'button', className: 'small', 'aria-label': label, title: label,
      dataset: { testid }, disabled }, text);
    b.addEventListener('click', onClick);
    return b;
  };

  const renderLayers = (state) => {
    const focusedId = document.activeElement && document.activeElement.dataset
      ? document.activeElement.dataset.testid : null;
    clear(layers);
    layers.append(el('legend', { text: `${t('network.layers')}: ${state.hidden.length}` }));
    const top = el('div', { className: 'row' },
      button('+', t('network.addLayer'), 'add-layer', () => {
        const s = store.get();
        store.set({ hidden: [...s.hidden, 4], activations: [...s.activations, s.activations.at(-1) || 'tanh'] });
      }, state.hidden.length >= MAX_HIDDEN_LAYERS),
      button('\u2212', t('network.removeLayer'), 'remove-layer', () => {
        const s = store.get();
        store.set({ hidden: s.hidden.slice(0, -1), activations: s.activations.slice(0, -1) });
      }, state.hidden.length === 0));
    layers.append(top);
    const cards = el('div', { className: 'layer-cards' });
    state.hidden.forEach((units, l) => {
      const n = l + 1;
      const change = (delta) => () => {
        const hidden = store.get().hidden.slice();
        hidden[l] = Math.max(1, Math.min(MAX_UNITS, hidden[l] + delta));
        store.set({ hidden });
      };
      const actId = `activation-${n}`;
      const act = el('select', { id: actId, dataset: { testid: actId } });
      for (const a of ACTIVATIONS) act.append(el('option', { value: a, text: t(`act.${a}`) }));
      act.value = state.activations[l];
      act.addEventListener('change', () => {
        const activations = store.get().activations.slice();
        activations[l] = act.value;
        store.set({ activations });
      });
      cards.append(el('div', { className: 'layer-card' },
        el('span', { className: 'layer-name', text: t('network.layer', { n }) }),
        el('div', { className: 'row' },
          button('\u2212', t('network.removeNeuron', { n }), `remove-neuron-${n}`, change(-1), units <= 1),
          el('span', { className: 'units', dataset: { testid: `units-${n}` }, text: t('network.units', { n: units }) }),
          button('+', t('network.addNeuron', { n }), `add-neuron-${n}`, change(1), units >= MAX_UNITS)),
        el('label', { className: 'visually-hidden', for: actId, text: t('network.activation', { n }) }),
        act));
    });
    layers.append(cards);
    if (focusedId) {
      const again = layers.querySelector(`[data-testid="${focusedId}"]`);
      if (again && !again.disabled) again.focus();
    }
  };

  const render = (state) => {
    renderFeatures(state);
    renderLayers(state);
    output.update(state);
    loss.update(state);
  };
  return {
    render,
    relabel(state) {
      output.relabel(state);
      loss.relabel(state);
      render(state);
    },
  };
}
