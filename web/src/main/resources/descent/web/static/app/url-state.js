// The URL fragment <-> state. Only values that differ from the defaults are written, in the
// order of STATE_KEYS, so links stay short and stable. Back and forward restore earlier states.
import { STATE_KEYS, defaults, formatValue, normalize, parseValue } from './state.js';

/** The state that a fragment such as "#data=xor&lr=0.1" describes (unknown keys are ignored). */
export function stateFromFragment(fragment) {
  const state = defaults();
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  for (const [key, [name]] of Object.entries(STATE_KEYS)) {
    if (params.has(name)) {
      const value = parseValue(key, params.get(name));
      if (value !== undefined) state[key] = value;
    }
  }
  return normalize(state);
}

export function fragmentFromState(state) {
  const base = defaults();
  const parts = [];
  for (const [key, [name]] of Object.entries(STATE_KEYS)) {
    const text = formatValue(key, state[key]);
    if (text !== formatValue(key, base[key])) {
      parts.push(`${name}=${encodeURIComponent(text).replace(/%2C/g, ',')}`);
    }
  }
  return parts.length ? `#${parts.join('&')}` : '';
}

/**
 * Keeps the fragment in step with a store. A settled change pushes a history entry (so back
 * undoes it); rapid changes (typing, sliders) replace the current one.
 */
export function bindUrl(store) {
  let lastPush = 0;
  let applying = false;
  store.subscribe((state) => {
    if (applying) return;
    const fragment = fragmentFromState(state);
    if (fragment === location.hash || (fragment === '' && location.hash === '')) return;
    const url = `${location.pathname}${location.search}${fragment || '#'}`;
    const now = performance.now();
    if (now - lastPush < 600) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    lastPush = now;
  });
  const restore = () => {
    const next = stateFromFragment(location.hash);
    if (fragmentFromState(next) === fragmentFromState(store.get())) return;
    applying = true;
    try {
      store.replace(next);
    } finally {
      applying = false;
    }
  };
  addEventListener('popstate', restore);
  addEventListener('hashchange', restore);
}
