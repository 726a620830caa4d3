// Builds elements without innerHTML: every text goes in through textContent, so nothing typed by
// the user or read from a URL can ever become markup (and the strict CSP stays satisfied).

/**
 * element('p', { className: 'note', dataset: { testid: 'x' } }, 'text', child)
 * Keys of attrs: className, dataset (object), text, and any other attribute set verbatim.
 */
export function element(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  applyAttributes(node, attrs);
  appendChildren(node, children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Like element(), for SVG. */
export function svgElement(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  applyAttributes(node, attrs);
  appendChildren(node, children);
  return node;
}

function applyAttributes(node, attrs) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key === 'className') {
      node.setAttribute('class', value);
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (key === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
}

function appendChildren(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Removes every child of node. */
export function clear(node) {
  node.replaceChildren();
}

export const byId = (id) => document.getElementById(id);
