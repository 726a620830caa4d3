// Editing the data by hand on the output plot: a click adds a point of the selected class,
// Shift-click one of the other class, and a right-click (or the remove mode, for touch and
// keyboard users) removes the nearest point. The first edit turns the current 2-D data into the
// "points" source, so the edited data lives in the URL and in saved experiments like any other.
import { MAX_POINTS, PLANE } from './state.js';
import { el } from './dom.js';
import { t } from './i18n.js';

const REMOVE_RADIUS_PX = 14;
const MODES = ['add-0', 'add-1', 'remove'];

/** The points as rows [x1, x2, label]: the state's own, or the session's generated data. */
function currentRows(state, session) {
  if (state.source === 'points') return state.pointRows.map((row) => row.slice());
  const flat = session.points(0, 1);
  const rows = [];
  for (let i = 0; i + 3 < flat.length; i += 4) rows.push([flat[i], flat[i + 1], flat[i + 2]]);
  return rows;
}

function nearest(rows, x, y, bounds, canvas) {
  const sx = canvas.getBoundingClientRect().width / (bounds[1] - bounds[0]);
  const sy = canvas.getBoundingClientRect().height / (bounds[3] - bounds[2]);
  let best = -1;
  let bestDistance = REMOVE_RADIUS_PX;
  rows.forEach(([px, py], i) => {
    const d = Math.hypot((px - x) * sx, (py - y) * sy);
    if (d <= bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

/**
 * @param heatmap the Heatmap (for pointer-to-data coordinates)
 * @param context {store, session(), bounds()}
 */
export function bindPointEditor(container, canvas, heatmap, context) {
  const { store } = context;
  const message = el('p', { className: 'field-error', role: 'alert', hidden: true,
    dataset: { testid: 'point-message' } });
  const showMessage = (text) => {
    message.hidden = !text;
    message.textContent = text;
  };
  const mode = el('select', { id: 'click-mode', dataset: { testid: 'click-mode' } });
  const label = el('label', { for: 'click-mode' });
  const count = el('output', { id: 'point-count', dataset: { testid: 'point-count' } });
  const help = el('p', { className: 'hint', id: 'click-help' });
  container.append(el('div', { className: 'field' }, label, mode), count, help, message);
  mode.setAttribute('aria-describedby', 'click-help');

  const editable = (state, session) => session && PLANE.has(state.source) && !session.regression;

  const edit = (event, remove, otherClass) => {
    const state = store.get();
    const session = context.session();
    if (!editable(state, session)) return;
    showMessage('');
    const bounds = context.bounds();
    const [x, y] = heatmap.toData(event, bounds);
    const rows = currentRows(state, session);
    if (remove) {
      const index = nearest(rows, x, y, bounds, canvas);
      if (index < 0 || rows.length <= 2) return;
      rows.splice(index, 1);
    } else {
      if (rows.length >= MAX_POINTS) {
        showMessage(t('points.tooMany', { max: MAX_POINTS }));
        return;
      }
      const selected = mode.value === 'add-1' ? 1 : 0;
      rows.push([x, y, otherClass ? 1 - selected : selected]);
    }
    store.set({ source: 'points', pointRows: rows });
  };

  canvas.addEventListener('click', (event) => {
    edit(event, mode.value === 'remove', event.shiftKey);
  });
  canvas.addEventListener('contextmenu', (event) => {
    event.preventDefault();
    edit(event, true, false);
  });
  mode.addEventListener('change', () => {
    canvas.classList.toggle('removing', mode.value === 'remove');
  });

  return {
    render(state, session) {
      container.hidden = !editable(state, session);
      count.textContent = session ? t('points.count', { count: session.pointCount() }) : '';
    },
    relabel() {
      label.textContent = t('points.mode');
      help.textContent = t('output.heatmapHelp');
      const value = mode.value || MODES[0];
      while (mode.firstChild) mode.firstChild.remove();
      for (const m of MODES) mode.append(el('option', { value: m, text: t(`points.${m}`) }));
      mode.value = value;
    },
  };
}
