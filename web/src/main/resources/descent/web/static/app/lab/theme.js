// Reads the page's colours from its CSS custom properties, so the canvases follow light and dark
// mode exactly like the HTML around them.

const NAMES = ['fg', 'muted', 'bg', 'panel', 'border', 'accent', 'lab-contour-low', 'lab-contour-high',
  'lab-contour-line', 'lab-halo'];

export function readTheme() {
  const style = getComputedStyle(document.documentElement);
  const theme = {};
  for (const name of NAMES) {
    theme[toCamel(name)] = style.getPropertyValue(`--${name}`).trim();
  }
  return theme;
}

function toCamel(name) {
  return name.replace(/-(\w)/g, (whole, letter) => letter.toUpperCase());
}

/** [r, g, b] of a "#rrggbb" colour. */
export function rgb(hex) {
  const value = parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Follows the system switching between light and dark while the page is open. */
export function watchColorScheme(onChange) {
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', onChange);
}
