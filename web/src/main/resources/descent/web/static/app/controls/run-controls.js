// The run bar: play/pause, step an epoch, step a batch, reset (same initial weights), new
// weights (a new seed); the read-outs, the status, the progress bar and the diverged banner.
import { $ } from '../dom.js';
import { formatLoss, formatPercent } from '../format.js';
import { checkboxField } from './fields.js';

export function createRunControls({ store, t, getSession, history, onRebuild, onRedraw, onRefresh }) {
  const view = {
    play: $('play'), step: $('step'), stepBatch: $('step-batch'), batchProgress: $('batch-progress'),
    reset: $('reset'), reseed: $('reseed'),
    epoch: $('epoch'), status: $('status'), statusText: $('status-text'), trainLoss: $('train-loss'),
    testLoss: $('test-loss'), accuracy: $('accuracy'), speed: $('speed'), progress: $('progress'),
    banner: $('diverged-banner'), fix: $('diverged-fix'), error: $('load-error'),
  };
  let runner = null;
  let initialLoss = NaN;
  let lastSpeedUpdate = 0;

  const session = () => getSession();

  const refresh = () => {
    const s = session();
    if (!s) return;
    const m = s.readMetrics();
    if (m.epoch === 0) initialLoss = m.trainLoss;
    const running = runner && runner.running;
    const pageStatus = running ? 'running'
      : m.status === 'converged' || m.status === 'diverged' ? m.status : 'paused';
    view.epoch.textContent = String(m.epoch);
    view.status.textContent = pageStatus;
    view.statusText.textContent = pageStatus === 'paused' && m.status === 'finished'
      ? ` (${t('status.finished')})` : ` ${t(`status.${pageStatus}`) === pageStatus ? '' : `(${t(`status.${pageStatus}`)})`}`;
    document.documentElement.dataset.status = pageStatus;
    view.trainLoss.textContent = formatLoss(m.trainLoss);
    view.testLoss.textContent = formatLoss(m.testLoss);
    view.accuracy.textContent = s.regression ? '-'
      : `${formatPercent(m.trainAccuracy)} / ${formatPercent(m.testAccuracy)}`;
    view.play.textContent = t(running ? 'run.pause' : 'run.play');
    view.play.setAttribute('aria-pressed', String(Boolean(running)));
    const finalStatus = m.status !== 'running';
    view.step.disabled = finalStatus;
    view.stepBatch.disabled = finalStatus;
    view.banner.hidden = m.status !== 'diverged';
    const state = store.get();
    const limited = state.epochs > 0 || state.targetLoss > 0;
    view.progress.hidden = !limited;
    if (limited) {
      let p = state.epochs > 0 ? m.epoch / state.epochs : 0;
      if (state.targetLoss > 0 && Number.isFinite(initialLoss) && initialLoss > state.targetLoss) {
        const q = Math.log(initialLoss / Math.max(m.trainLoss, state.targetLoss))
          / Math.log(initialLoss / state.targetLoss);
        p = Math.max(p, Math.min(1, Math.max(0, q)));
      }
      if (finalStatus && m.status !== 'diverged') p = 1;
      view.progress.value = p;
      view.progress.setAttribute('aria-label', `${Math.round(p * 100)}%`);
    }
    const now = performance.now();
    if (runner && running && now - lastSpeedUpdate > 500) {
      lastSpeedUpdate = now;
      view.speed.textContent = t('run.speedValue', {
        epochs: Math.round(runner.epochsPerSecond), fps: Math.round(runner.fps) });
    }
    if (onRefresh) onRefresh(m, Boolean(running));
    return m;
  };

  const afterTraining = () => {
    const s = session();
    const m = s.readMetrics();
    history.push(m);
    if (m.status !== 'running') {
      runner.stop();
    }
    refresh();
    onRedraw(!runner.running);
    return runner.running;
  };

  const play = () => {
    const s = session();
    if (!s || !runner) return;
    if (runner.running) {
      runner.stop();
    } else if (s.readMetrics().status === 'running') {
      runner.start(s);
    }
    refresh();
  };

  const step = () => {
    const s = session();
    if (!s || s.readMetrics().status !== 'running') return;
    runner.stop();
    s.train(1);
    view.batchProgress.textContent = '';
    history.push(s.readMetrics());
    refresh();
    onRedraw();
  };
  view.play.addEventListener('click', play);
  view.step.addEventListener('click', step);
  view.stepBatch.addEventListener('click', () => {
    const s = session();
    if (!s) return;
    runner.stop();
    const done = s.trainBatch();
    if (done === 0) history.push(s.readMetrics());
    view.batchProgress.textContent = done === 0 ? t('run.epochDone')
      : t('run.batchProgress', { done, total: s.trainSize() });
    refresh();
    onRedraw();
  });
  // Reset rebuilds the session from the same document: same seed, so the same data and the
  // same initial weights, with the current (live) training settings.
  view.reset.addEventListener('click', () => {
    if (runner) runner.stop();
    onRebuild();
  });
  view.reseed.addEventListener('click', () => {
    store.set({ seed: Math.floor(Math.random() * 2147483646) + 1 });
  });
  view.fix.addEventListener('click', () => {
    const lr = Math.max(1e-7, store.get().learningRate / 10);
    store.set({ learningRate: Number(lr.toPrecision(3)) });
    view.reset.click();
  });

  return {
    refresh,
    afterTraining,
    play,
    step,
    bindRunner(r) {
      runner = r;
    },
    enable() {
      for (const b of [view.play, view.step, view.stepBatch, view.reset, view.reseed]) b.disabled = false;
      refresh();
    },
    showError(text) {
      view.error.hidden = false;
      view.error.textContent = text;
    },
    clearError() {
      view.error.hidden = true;
      view.error.textContent = '';
    },
    createOutputControls(container) {
      const showTest = checkboxField({ id: 'show-test', testid: 'show-test', labelKey: 'output.showTest',
        get: (s) => s.showTest, set: (v) => store.set({ showTest: v }) });
      const discretize = checkboxField({ id: 'discretize', testid: 'discretize', labelKey: 'output.discretize',
        get: (s) => s.discretize, set: (v) => store.set({ discretize: v }) });
      container.append(showTest.element, discretize.element);
      const fields = [showTest, discretize];
      return {
        render: (state) => fields.forEach((f) => f.update(state)),
        relabel: (state) => fields.forEach((f) => { f.relabel(state); f.update(state); }),
      };
    },
    createWeightEditor({ form, input, label, cancel }) {
      let link = null;
      let returnFocus = null;
      const close = () => {
        form.hidden = true;
        link = null;
        if (returnFocus) returnFocus.focus();
      };
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        const v = Number(input.value);
        const s = session();
        if (link && s && input.value.trim() !== '' && Number.isFinite(v)) {
          s.setParameter(link.index, v);
          refresh();
          onRedraw();
        }
        close();
      });
      cancel.addEventListener('click', close);
      form.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') close();
      });
      return {
        open(target, name) {
          const s = session();
          if (!s) return;
          link = target;
          returnFocus = target.el;
          label.textContent = name;
          input.value = String(Number(s.parameters()[target.index].toPrecision(6)));
          form.hidden = false;
          input.focus();
          input.select();
        },
      };
    },
    onRebuild,
  };
}
