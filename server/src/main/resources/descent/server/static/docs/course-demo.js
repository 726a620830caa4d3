// The demo course page's host side of the descent/1 embed API: buttons and a learning-rate
// slider send commands to the second playground; its events are listed with textContent only.
const PROTOCOL = 'descent/1';
const RATES = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3];
const MAX_LOG = 300;
const XOR_TABLE = {
  schemaVersion: 1, kind: 'network', title: 'XOR, as in the seed article', seed: 1,
  data: { source: 'xor-table' },
  network: { hidden: [{ units: 3, activation: 'tanh' }], output: 'softmax', loss: 'cross-entropy', init: 'glorot' },
  training: { optimizer: 'sgd', learningRate: 0.1, batchSize: 0, epochs: 1000, regularization: 'none', regularizationRate: 0 },
};

const $ = (id) => document.getElementById(id);
const frame = $('driven-frame');
const log = $('event-log');
const summary = $('event-summary');
const slider = $('host-lr');
const sliderValue = $('host-lr-value');
const controls = ['host-play', 'host-pause', 'host-step', 'host-reset', 'host-get-state', 'host-load', 'host-lr'];

// The frames are served by this same server, so their messages come from our own origin.
const FRAME_ORIGIN = location.origin;

function send(action, body = {}) {
  frame.contentWindow.postMessage({ type: PROTOCOL, action, ...body }, FRAME_ORIGIN);
}

const fmt = (x) => (typeof x === 'number' ? Number(x.toPrecision(4)).toString() : '-');

function describe(m) {
  switch (m.action) {
    case 'ready': return `ready: epoch ${m.epoch}, ${m.status}, learning rate ${m.settings.learningRate}`;
    case 'epoch': return `epoch ${m.epoch}: training loss ${fmt(m.trainLoss)}, test loss ${fmt(m.testLoss)}`;
    case 'state': return `state: epoch ${m.epoch}, ${m.status}, learning rate ${m.settings.learningRate}, `
      + `optimizer ${m.settings.optimizer}, batch ${m.settings.batchSize}, loss ${fmt(m.trainLoss)}`;
    case 'converged': return `converged at epoch ${m.epoch} (loss ${fmt(m.trainLoss)})`;
    case 'diverged': return `diverged at epoch ${m.epoch}: lower the learning rate and reset`;
    case 'height': return `height ${m.height}px`;
    case 'error': return `error: ${m.message}`;
    default: return m.action;
  }
}

function record(m) {
  const item = document.createElement('li');
  item.dataset.action = m.action;
  if (typeof m.epoch === 'number') item.dataset.epoch = String(m.epoch);
  if (m.settings && typeof m.settings.learningRate === 'number') {
    item.dataset.learningRate = String(m.settings.learningRate);
  }
  item.dataset.time = String(Math.round(performance.now()));
  if (typeof m.sentAt === 'number') item.dataset.sentAt = String(m.sentAt);
  item.textContent = describe(m);
  log.append(item);
  while (log.childElementCount > MAX_LOG) log.firstElementChild.remove();
  log.scrollTop = log.scrollHeight;
  summary.textContent = item.textContent;
}

const frames = [frame, $('circle-frame')];

addEventListener('message', (event) => {
  const from = frames.find((f) => f.contentWindow === event.source);
  if (!from || event.origin !== FRAME_ORIGIN) return;
  const m = event.data;
  if (!m || m.type !== PROTOCOL || typeof m.action !== 'string') return;
  if (m.action === 'height') {
    // Auto-resize: each frame is as tall as the playground inside it.
    if (Number.isFinite(m.height) && m.height > 100) from.style.height = `${Math.min(m.height, 4000)}px`;
  }
  // Only the driven playground's events are listed.
  if (from !== frame) return;
  if (m.action === 'ready') {
    for (const id of controls) $(id).disabled = false;
  }
  record(m);
});

const showRate = () => {
  sliderValue.textContent = String(RATES[Number(slider.value)]);
};
slider.addEventListener('input', () => {
  showRate();
  send('set', { settings: { learningRate: RATES[Number(slider.value)] } });
});
showRate();

$('host-play').addEventListener('click', () => send('play'));
$('host-pause').addEventListener('click', () => send('pause'));
$('host-step').addEventListener('click', () => send('step'));
$('host-reset').addEventListener('click', () => send('reset'));
$('host-get-state').addEventListener('click', () => send('getState', { id: 'button' }));
$('host-load').addEventListener('click', () => send('load', { experiment: XOR_TABLE }));
