// A tiny MathML builder: formulas are rendered natively by the browser (MathML Core), built node
// by node with createElementNS, with no external service and no markup strings.

const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

function node(tag, children) {
  const created = document.createElementNS(MATHML_NS, tag);
  for (const child of children) {
    created.append(typeof child === 'string' ? leafFor(child) : child);
  }
  return created;
}

/** A bare string inside a layout element: digits become mn, one letter mi, anything else mo. */
function leafFor(text) {
  if (/^[0-9.]+$/.test(text)) {
    return mn(text);
  }
  return /^[A-Za-zα-ωΑ-Ω]$/.test(text) ? mi(text) : mo(text);
}

function leaf(tag, text) {
  const created = document.createElementNS(MATHML_NS, tag);
  created.textContent = text;
  return created;
}

export const mi = (text) => leaf('mi', text);
export const mn = (text) => leaf('mn', text);
export const mo = (text) => leaf('mo', text);
export const mtext = (text) => leaf('mtext', text);
export const row = (...children) => node('mrow', children);
export const sub = (base, index) => node('msub', [base, index]);
export const sup = (base, power) => node('msup', [base, power]);
export const subsup = (base, index, power) => node('msubsup', [base, index, power]);
export const frac = (numerator, denominator) => node('mfrac', [numerator, denominator]);
export const paren = (...children) => row(mo('('), ...children, mo(')'));

/** ∂J/∂v as a fraction. */
export const partial = (of, by) => frac(row(mo('∂'), of), row(mo('∂'), by));

/** A display-style <math> element labelled for assistive technology by its plain-text reading. */
export function math(label, ...children) {
  const created = node('math', [row(...children)]);
  created.setAttribute('display', 'block');
  created.setAttribute('aria-label', label);
  return created;
}
