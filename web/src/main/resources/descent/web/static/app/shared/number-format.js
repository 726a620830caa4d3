// Numbers as learners read them: four significant digits, plain notation from 1e-4 to 1e6 and
// "8.228e-7" outside, ASCII minus so a copied number parses back. Same rule as the engine's
// NumberText.rounded, so the page's own numbers and the engine's sentences agree.

export function formatNumber(value, digits = 4) {
  if (Number.isNaN(value)) {
    return 'NaN';
  }
  if (!Number.isFinite(value)) {
    return value > 0 ? 'Infinity' : '-Infinity';
  }
  if (value === 0) {
    return '0';
  }
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-4 && magnitude < 1e6) {
    return String(Number(value.toPrecision(digits)));
  }
  const [mantissa, exponent] = value.toExponential(digits - 1).split('e');
  return `${Number(mantissa)}e${Number(exponent)}`;
}

/** "(0.2, -0.4)": a point or a short vector. */
export function formatTuple(values, digits = 4) {
  return `(${Array.from(values, (v) => formatNumber(v, digits)).join(', ')})`;
}
