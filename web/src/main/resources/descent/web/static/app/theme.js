// Colours that canvases need, read from the CSS custom properties once and again when the
// colour scheme changes (dark mode), so canvas drawing follows prefers-color-scheme.
const style = {};

function read() {
  const css = getComputedStyle(document.documentElement);
  const v = (name) => css.getPropertyValue(name).trim();
  Object.assign(style, {
    text: v('--muted'), fg: v('--fg'), grid: v('--grid'), panel: v('--panel'),
    train: v('--series-train'), test: v('--series-test'), band: v('--series-band'),
  });
}

export function chartStyle() {
  if (!style.text) read();
  return style;
}

export function onThemeChange(listener) {
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    read();
    listener();
  });
}
