// The playground page: wires the controls to a training session in the engine and shows its
// progress. Text from the engine or the user is written with textContent only.
import { chooseBackend, loadEngine } from './engine-loader.js';
import { FrameBudget } from './frame-budget.js';

const FRAME_BUDGET_MS = 8; // training time per animation frame, leaving the rest for drawing
const XOR_SEED = 1;

const $ = (id) => document.getElementById(id);

const view = {
  backend: $('engine-backend'),
  play: $('play'),
  step: $('step'),
  reset: $('reset'),
  learningRate: $('learning-rate'),
  learningRateError: $('learning-rate-error'),
  status: $('status'),
  epoch: $('epoch'),
  trainLoss: $('train-loss'),
  trainAccuracy: $('train-accuracy'),
  loadError: $('load-error'),
};

function parseLearningRate(text) {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0 || value > 100) {
    return null;
  }
  return value;
}

function formatLoss(value) {
  return Number.isFinite(value) ? value.toPrecision(6) : String(value);
}

function start({ backend, api }) {
  view.backend.textContent = backend;
  let session = null;
  let running = false;
  const budget = new FrameBudget(FRAME_BUDGET_MS);

  const learningRate = () => parseLearningRate(view.learningRate.value) ?? 0.5;

  const show = () => {
    view.epoch.textContent = String(session.epoch());
    view.trainLoss.textContent = formatLoss(session.trainLoss());
    view.trainAccuracy.textContent = `${Math.round(session.trainAccuracy() * 100)}%`;
    view.status.textContent = running ? 'running' : 'paused';
    view.play.textContent = running ? 'Pause' : 'Play';
    view.play.setAttribute('aria-pressed', String(running));
  };

  const reset = () => {
    session = api.createXorSession(XOR_SEED, learningRate());
    show();
  };

  const frame = () => {
    if (!running) {
      return;
    }
    budget.run((epochs) => session.train(epochs));
    show();
    requestAnimationFrame(frame);
  };

  view.play.addEventListener('click', () => {
    running = !running;
    show();
    if (running) {
      requestAnimationFrame(frame);
    }
  });
  view.step.addEventListener('click', () => {
    session.train(1);
    show();
  });
  view.reset.addEventListener('click', reset);
  view.learningRate.addEventListener('input', () => {
    const value = parseLearningRate(view.learningRate.value);
    view.learningRateError.hidden = value !== null;
    view.learningRateError.textContent = value === null
      ? 'The learning rate must be a number greater than 0 and at most 100.' : '';
    view.learningRate.setAttribute('aria-invalid', String(value === null));
    if (value !== null) {
      session.setLearningRate(value);
    }
  });

  reset();
  for (const button of [view.play, view.step, view.reset]) {
    button.disabled = false;
  }
  document.documentElement.dataset.engineReady = 'true';
  if (new URLSearchParams(location.search).get('autoplay') === '1') {
    view.play.click();
  }
}

const backend = chooseBackend(location.search);
loadEngine(backend, new URL('..', import.meta.url))
  .then(start)
  .catch((error) => {
    view.backend.textContent = 'failed';
    view.loadError.hidden = false;
    view.loadError.textContent = `The ${backend} engine could not be loaded: ${error.message}`;
    console.error(error);
  });
