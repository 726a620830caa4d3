// A tiny MathML builder: formulas are rendered natively by the browser (MathML Core), built node
// by node with createElementNS, with no external service and no markup strings.

const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

function node(tag, children) {
  const created = document.createElementNS(MATHML_NS, tag);
  created.append(...children);
  return created;
}

function leaf(tag, text) {
  const created = document.createElementNS(MATHML_NS, tag);
  created.textContent = text;
  return created;
}

export const mi = (text) => leaf('mi', text);
export const mn = (text) => leaf('mn', text);
export const mo = (text) => leaf('mo', text);
export const row = (...children) => node('mrow', children);
export const sub = (base, index) => node('msub', [base, index]);
export const sup = (base, power) => node('msup', [base, power]);
export const frac = (numerator, denominator) => node('mfrac', [numerator, denominator]);

/** A gap of 1em between two parts of a formula. */
export function space() {
  const gap = document.createElementNS(MATHML_NS, 'mspace');
  gap.setAttribute('width', '1em');
  return gap;
}

/** ∂J/∂v as a fraction. */
export const partial = (of, by) => frac(row(mo('∂'), of), row(mo('∂'), by));

/** A display-style <math> element labelled for assistive technology by its plain-text reading. */
export function math(label, ...children) {
  const created = node('math', [row(...children)]);
  created.setAttribute('display', 'block');
  created.setAttribute('aria-label', label);
  return created;
}
