// The embed view's postMessage API, version "descent/1" (docs/embedding.md).
//
// Every message, both ways, is a plain object {type: "descent/1", action: "...", ...}.
// Host to frame: play, pause, step, reset, set {settings}, load {experiment}, getState.
// Frame to host: ready, state, epoch (at most 10 a second), converged, diverged, height, error.
//
// Who may drive the frame: only its parent window (event.source === window.parent). The first
// valid message fixes the host's origin; later messages from another origin are ignored, and
// from then on every message to the host is posted to that origin only. Before that, messages
// go to targetOrigin '*': they carry only what anyone could read by opening the same embed URL
// (the experiment's public settings and the training metrics), never anything of the viewer's,
// so a host learns that the frame is ready without having to know our origin in advance.
import { reportedSettings, settingsPatch, stateFromExperiment } from './experiment-state.js';

export const PROTOCOL = 'descent/1';
export const ACTIONS = ['play', 'pause', 'step', 'reset', 'set', 'load', 'getState'];
/** At most 10 epoch events a second. */
export const EPOCH_INTERVAL_MS = 100;

/** Why a message is not a valid host message, or null when it is. */
export function problemWith(data) {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 'not an object';
  if (data.type !== PROTOCOL) return `type must be "${PROTOCOL}" (was ${JSON.stringify(data.type)})`;
  if (!ACTIONS.includes(data.action)) {
    return `unknown action ${JSON.stringify(data.action)} (allowed: ${ACTIONS.join(', ')})`;
  }
  if (data.action === 'set') {
    const s = data.settings;
    if (s === null || typeof s !== 'object' || Array.isArray(s)) return 'set needs a "settings" object';
  }
  if (data.action === 'load') {
    const e = data.experiment;
    if (e === null || typeof e !== 'object' || Array.isArray(e)) return 'load needs an "experiment" object';
  }
  if ('id' in data && !(typeof data.id === 'string' || typeof data.id === 'number')) {
    return 'id must be a string or a number';
  }
  return null;
}

/**
 * Connects a booted embed (its controller and store) to the parent window.
 * target: the window to talk to (window.parent); self: this window.
 */
export function connectEmbedApi({ controller, store, target = window.parent, self = window, onLoad }) {
  let hostOrigin = null;
  let lastStatus = null;
  let lastEpochSent = -1;
  let lastEpochTime = -Infinity;
  let pendingEpoch = null;
  let lastHeight = -1;

  const post = (action, body = {}) => {
    if (!target || target === self) return;
    const message = { type: PROTOCOL, action, ...body };
    try {
      target.postMessage(message, hostOrigin || '*');
    } catch (e) {
      console.warn('descent embed: could not post to the host', e);
    }
  };

  const status = (metrics, running) => {
    if (!metrics) return 'loading';
    if (metrics.status === 'converged' || metrics.status === 'diverged') return metrics.status;
    if (metrics.status === 'finished') return 'finished';
    return running ? 'running' : 'paused';
  };
  const losses = (m) => ({ trainLoss: finite(m.trainLoss), testLoss: finite(m.testLoss) });
  const snapshot = () => {
    const m = controller.metrics();
    return {
      epoch: m ? m.epoch : 0,
      status: status(m, controller.running()),
      ...(m ? losses(m) : { trainLoss: null, testLoss: null }),
      trainAccuracy: m ? finite(m.trainAccuracy) : null,
      testAccuracy: m ? finite(m.testAccuracy) : null,
      settings: reportedSettings(store.get()),
    };
  };

  let trailing = 0;
  const sendEpoch = (m) => {
    // A send cancels the trailing timer: left running, it would fire early for a later epoch.
    clearTimeout(trailing);
    trailing = 0;
    pendingEpoch = null;
    lastEpochSent = m.epoch;
    lastEpochTime = performance.now();
    // sentAt (ms on the frame's clock) lets a host check the rate whatever delays delivery.
    post('epoch', { epoch: m.epoch, sentAt: Math.round(lastEpochTime), ...losses(m) });
  };
  const flushEpoch = () => {
    trailing = 0;
    if (pendingEpoch) sendEpoch(pendingEpoch);
  };

  /** Called after every refresh of the read-outs (each frame while training). */
  const onRefresh = (metrics, running) => {
    if (metrics.epoch !== lastEpochSent && metrics.epoch > 0) {
      const copy = { ...metrics };
      const wait = EPOCH_INTERVAL_MS - (performance.now() - lastEpochTime);
      if (wait <= 0) {
        sendEpoch(copy);
      } else {
        pendingEpoch = copy;
        if (!trailing) trailing = setTimeout(flushEpoch, wait);
      }
    }
    if (metrics.epoch === 0) lastEpochSent = 0;
    const now = status(metrics, running);
    if (now !== lastStatus) {
      const was = lastStatus;
      lastStatus = now;
      if (now === 'converged' || now === 'diverged') {
        flushEpoch();
        post(now, { epoch: metrics.epoch, ...losses(metrics) });
      }
      if (was !== null) post('state', snapshot());
    }
  };

  const answer = (data, body) => (data.id !== undefined ? { ...body, id: data.id } : body);
  const fail = (data, message) => {
    console.warn(`descent embed: ${message}`);
    post('error', answer(data, { message, request: data.action }));
  };

  let answering = false;
  let changeTimer = 0;
  store.subscribe(() => {
    // Changes made inside the frame (a learner editing a field) are reported too, settled.
    if (answering) return;
    clearTimeout(changeTimer);
    changeTimer = setTimeout(() => post('state', snapshot()), 150);
  });

  const handle = (data) => {
    switch (data.action) {
      case 'play': controller.play(); break;
      case 'pause': controller.pause(); break;
      case 'step': controller.step(); break;
      case 'reset': controller.reset(); break;
      case 'set': {
        const { patch, errors } = settingsPatch(data.settings);
        if (errors) {
          fail(data, `set: ${errors.join('; ')}`);
          return;
        }
        answering = true;
        try {
          store.set(patch);
        } finally {
          answering = false;
        }
        post('state', answer(data, snapshot()));
        return;
      }
      case 'load': {
        let loaded;
        try {
          loaded = stateFromExperiment(data.experiment);
        } catch (e) {
          fail(data, `load: ${e.message}`);
          return;
        }
        for (const w of loaded.warnings) console.warn(`descent embed: load: ${w}`);
        answering = true;
        try {
          controller.load(loaded.state, loaded.csvText, data.experiment);
        } finally {
          answering = false;
        }
        if (onLoad) onLoad(data.experiment);
        post('state', answer(data, { ...snapshot(), warnings: loaded.warnings }));
        return;
      }
      case 'getState':
        post('state', answer(data, snapshot()));
        return;
      default:
        return;
    }
  };

  const receive = (event) => {
    if (event.source !== target) return; // only the parent drives the frame; not an error
    const problem = problemWith(event.data);
    if (problem) {
      console.warn(`descent embed: ignored a message: ${problem}`, event.data);
      return;
    }
    if (hostOrigin && event.origin !== hostOrigin) {
      console.warn(`descent embed: ignored a message from ${event.origin}; the host is ${hostOrigin}`);
      return;
    }
    // An opaque origin ("null": sandboxed or file: hosts) cannot be a targetOrigin.
    if (!hostOrigin && event.origin && event.origin !== 'null') hostOrigin = event.origin;
    try {
      handle(event.data);
    } catch (e) {
      fail(event.data, `${event.data.action} failed: ${e.message}`);
    }
  };
  self.addEventListener('message', receive);

  // Auto-resizing hosts: the document's height whenever it changes.
  const sendHeight = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== lastHeight) {
      lastHeight = height;
      post('height', { height });
    }
  };
  if (typeof ResizeObserver === 'function') new ResizeObserver(sendHeight).observe(document.documentElement);

  return {
    onRefresh,
    ready() {
      lastStatus = status(controller.metrics(), controller.running());
      post('ready', { protocol: PROTOCOL, ...snapshot() });
      sendHeight();
    },
    /** Messages that arrived while the engine loaded, handled once it is ready. */
    replay: (events) => events.forEach(receive),
  };
}

function finite(x) {
  return Number.isFinite(x) ? x : null;
}
