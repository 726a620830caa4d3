// Colour scales shared by the heatmap, the neuron thumbnails and the diagram: orange for
// negative, near-white for zero, blue for positive (as in TensorFlow Playground), and one hue
// per class for multi-class outputs. Tables are built once; lookups allocate nothing.

const STEPS = 256;
const NEG = [245, 147, 34];
const MID = [232, 234, 235];
const POS = [8, 119, 189];

/** RGB for t in [-1, 1], packed as ABGR little-endian uint32 for ImageData's Uint32Array view. */
export const DIVERGING = new Uint32Array(STEPS);
for (let i = 0; i < STEPS; i++) {
  const t = (i / (STEPS - 1)) * 2 - 1;
  const from = t < 0 ? NEG : POS;
  const u = Math.abs(t);
  const r = Math.round(MID[0] + (from[0] - MID[0]) * u);
  const g = Math.round(MID[1] + (from[1] - MID[1]) * u);
  const b = Math.round(MID[2] + (from[2] - MID[2]) * u);
  DIVERGING[i] = (255 << 24) | (b << 16) | (g << 8) | r;
}

export function divergingIndex(t) {
  const c = t < -1 ? -1 : t > 1 ? 1 : t;
  return ((c + 1) * 0.5 * (STEPS - 1) + 0.5) | 0;
}

/** Class colours for up to 10 classes (Okabe-Ito based, distinguishable with colour blindness). */
export const CLASS_RGB = [
  [245, 147, 34], [8, 119, 189], [0, 158, 115], [204, 121, 167], [240, 228, 66],
  [86, 180, 233], [213, 94, 0], [120, 94, 240], [100, 100, 100], [160, 200, 40],
];
export const CLASS_CSS = CLASS_RGB.map(([r, g, b]) => `rgb(${r},${g},${b})`);

/** Packed colour of class k blended with white by confidence c in [0, 1]. */
export function classColor(k, c) {
  const [r0, g0, b0] = CLASS_RGB[k % CLASS_RGB.length];
  const u = 0.15 + 0.85 * c;
  const r = (MID[0] + (r0 - MID[0]) * u) | 0;
  const g = (MID[1] + (g0 - MID[1]) * u) | 0;
  const b = (MID[2] + (b0 - MID[2]) * u) | 0;
  return (255 << 24) | (b << 16) | (g << 8) | r;
}

export function weightColor(w) {
  return w >= 0 ? 'rgb(8,119,189)' : 'rgb(245,147,34)';
}
