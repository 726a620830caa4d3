// Labelled form fields bound to the store: each knows how to read its value from the state,
// write a change back, and re-label itself when the language changes. A field that has focus is
// never overwritten while the user types in it.
import { el } from '../dom.js';
import { t } from '../i18n.js';

function wrap(id, labelKey, control, extra) {
  const label = el('label', { for: id, text: t(labelKey) });
  const field = el('div', { className: 'field' }, label, control, extra);
  return { field, label };
}

export function selectField({ id, testid, labelKey, options, get, set }) {
  const select = el('select', { id, dataset: testid ? { testid } : undefined });
  const fill = (state) => {
    const list = typeof options === 'function' ? options(state) : options;
    while (select.firstChild) select.firstChild.remove();
    for (const [value, key] of list) select.append(el('option', { value, text: t(key) }));
  };
  const { field, label } = wrap(id, labelKey, select);
  select.addEventListener('change', () => set(select.value));
  return {
    element: field,
    update(state) {
      if (typeof options === 'function' || select.options.length === 0) fill(state);
      select.value = String(get(state));
    },
    relabel(state) {
      label.textContent = t(labelKey);
      fill(state);
      select.value = String(get(state));
    },
  };
}

/** A numeric input that commits valid values (on input) and flags invalid ones. */
export function numberField({ id, testid, labelKey, min, max, step = 'any', get, set, hintKey, errorKey }) {
  const input = el('input', { id, type: 'number', min, max, step, inputmode: 'decimal',
    dataset: testid ? { testid } : undefined });
  const error = el('p', { className: 'field-error', role: 'alert', hidden: true });
  const hint = hintKey ? el('span', { className: 'hint', text: t(hintKey) }) : null;
  const { field, label } = wrap(id, labelKey, input, hint);
  field.append(error);
  const check = () => {
    const text = input.value.trim();
    const v = Number(text);
    const ok = text !== '' && Number.isFinite(v) && v >= min && v <= max;
    input.setAttribute('aria-invalid', String(!ok));
    error.hidden = ok;
    error.textContent = ok ? '' : (errorKey ? t(errorKey) : `${min} \u2264 x \u2264 ${max}`);
    return ok ? v : null;
  };
  input.addEventListener('input', () => {
    const v = check();
    if (v !== null) set(step === 1 ? Math.round(v) : v);
  });
  input.addEventListener('change', () => {
    if (check() === null) return;
    input.value = String(get.last);
  });
  return {
    element: field,
    input,
    update(state) {
      const v = get(state);
      get.last = v;
      if (document.activeElement !== input) {
        input.value = String(v);
        check();
      }
    },
    relabel() {
      label.textContent = t(labelKey);
      if (hint) hint.textContent = t(hintKey);
    },
  };
}

export function checkboxField({ id, testid, labelKey, get, set }) {
  const input = el('input', { id, type: 'checkbox', dataset: testid ? { testid } : undefined });
  const text = el('span', { text: t(labelKey) });
  const label = el('label', { className: 'check', for: id }, input, text);
  input.addEventListener('change', () => set(input.checked));
  return {
    element: label,
    update(state) {
      input.checked = Boolean(get(state));
    },
    relabel() {
      text.textContent = t(labelKey);
    },
  };
}

/** Shows only the fields whose visible(state) holds. */
export function group(fields, visible) {
  return { fields, visible };
}
