// A tiny observable holder of the page state. set() merges a patch and tells the listeners
// which keys changed; replace() swaps the whole state (back/forward, reset to a link).
import { normalize } from './state.js';

export function createStore(initial) {
  let state = normalize(initial);
  const listeners = [];
  const changedKeys = (a, b) => Object.keys(b).filter((k) => String(a[k]) !== String(b[k]));
  const commit = (next) => {
    const changed = changedKeys(state, next);
    if (changed.length === 0) return;
    state = next;
    for (const listener of listeners) listener(state, new Set(changed));
  };
  return {
    get: () => state,
    set: (patch) => commit(normalize({ ...state, ...patch })),
    replace: (next) => commit(normalize(next)),
    subscribe: (listener) => listeners.push(listener),
  };
}
