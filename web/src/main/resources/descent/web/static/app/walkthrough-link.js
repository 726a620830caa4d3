// The playground's "Backprop walkthrough" link carries the current network with its current
// weights (as explicit initial weights in the #experiment= fragment the walkthrough reads), so a
// learner can step through one backpropagation pass of the very network on the screen.
import { layersFromParameters } from './export.js';

function base64Url(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Points the link at the walkthrough of the current session just before it is followed. */
export function bindWalkthroughLink(link, { session, experiment }) {
  const base = link.getAttribute('href');
  const update = () => {
    const s = session();
    if (!s || s.sizes[0] !== 2) {
      link.setAttribute('href', base);
      return;
    }
    const layers = layersFromParameters(s.sizes, s.parameters());
    const doc = experiment();
    doc.network = { ...doc.network, weights: layers.map((l) => l.W), biases: layers.map((l) => l.b) };
    link.setAttribute('href', `${base}#experiment=${base64Url(JSON.stringify(doc))}`);
  };
  for (const type of ['pointerdown', 'focus', 'mouseenter']) link.addEventListener(type, update);
}
