// The playground page: loads the engine, binds the state (URL fragment) to the controls, and
// runs the training loop. It wires modules together; each concept lives in its own file.
import { chooseBackend, startEngine } from './engine-loader.js';
import { $ } from './dom.js';
import { applyStaticText, detectLanguage, onLanguageChange, setLanguage, t } from './i18n.js';
import { STRUCTURAL_KEYS } from './state.js';
import { bindPointEditor } from './point-editor.js';
import { bindShare } from './share.js';
import { bindWalkthroughLink } from './walkthrough-link.js';
import { withLoadedParameters } from './document-state.js';
import { createStore } from './store.js';
import { bindUrl, stateFromFragment } from './url-state.js';
import { experimentFromState } from './experiment.js';
import { Session } from './session.js';
import { History } from './charts/history.js';
import { ChartsPanel } from './charts/charts-panel.js';
import { NetworkDiagram } from './network-diagram.js';
import { View } from './view.js';
import { Runner } from './runner.js';
import { createDataControls } from './controls/data-controls.js';
import { createNetworkControls } from './controls/network-controls.js';
import { createTrainingControls } from './controls/training-controls.js';
import { createRunControls } from './controls/run-controls.js';
import { dataText, needsDataText } from './data-files.js';
import { LearningRateComparison } from './lr-compare.js';
import { bindExport } from './controls/export-controls.js';
import { bindCsv } from './controls/csv-controls.js';
import { DigitsPad } from './digits-pad.js';
import { onThemeChange } from './theme.js';
import { bindEmbedDialog } from './embed/embed-dialog.js';

const LIVE_SETTERS = [
  [['learningRate'], (s, st) => s.setLearningRate(st.learningRate)],
  [['batchSize'], (s, st) => s.setBatchSize(st.batchSize)],
  [['optimizer', 'momentum', 'beta1', 'beta2', 'epsilon', 'rho'], (s, st) => s.setOptimizer(st)],
  [['schedule', 'every', 'gamma', 'period', 'minLearningRate', 'learningRate'], (s, st) => s.setSchedule(st)],
  [['regularization', 'regularizationRate'], (s, st) => s.setRegularization(st)],
  [['epochs', 'targetLoss', 'gradientNorm'], (s, st) => s.setStop(st)],
];

// options (all optional; the embed view passes them, see app/embed/embed-main.js):
//   initialState: the state to start from instead of the URL fragment; csvText: its CSV data;
//   urlState: false keeps the state out of the URL (no history entries from an iframe);
//   readonly: no weight editing; onRefresh(metrics, running): after every read-out refresh.
function start({ backend, api }, options = {}) {
  $('engine-backend').textContent = backend;
  const store = createStore(options.initialState || stateFromFragment(location.hash));
  const csv = { text: options.csvText || '' };
  const history = new History(512);
  let session = null;

  const charts = new ChartsPanel({ lossCanvas: $('loss-chart'), accuracyCanvas: $('accuracy-chart'),
    logToggle: $('log-scale'), confusionBox: $('confusion'), history });
  const diagram = new NetworkDiagram({ svgElement: $('diagram'), wrap: $('diagram-wrap'),
    tooltip: $('diagram-tooltip'), zoom: $('neuron-zoom'),
    onEditWeight: (link, name) => (options.readonly ? null : weightEditor.open(link, name)) });
  const view = new View({ heatmapCanvas: $('heatmap'), diagram, charts });

  const baseUrl = new URL('..', import.meta.url);
  const texts = {};
  let loadedDocument = options.document || null;
  const currentExperiment = (state) => withLoadedParameters(experimentFromState(state, csv),
    loadedDocument);
  const makeSession = (state) => {
    const json = JSON.stringify(currentExperiment(state));
    const errors = api.validateExperiment(json);
    if (errors) throw new Error(errors);
    return new Session(api, api.createSession(json, texts[state.source] || ''));
  };

  const run = createRunControls({ store, t, getSession: () => session, history,
    onRebuild: () => rebuild(), onRedraw: (force) => redraw(force), onRefresh: options.onRefresh });
  const runner = new Runner({ onFrame: () => run.afterTraining() });
  run.bindRunner(runner);

  const dataControls = createDataControls($('data-controls'), store, {
    inputNames: () => (session ? session.inputNames : ['x1', 'x2']),
    classCount: () => (session ? session.classes : 2),
    regenerate: () => store.set({ seed: (store.get().seed + 1) % 2147483647 }),
  });
  const networkControls = createNetworkControls($('network-controls'), store);
  const trainingControls = createTrainingControls($('training-row'), $('more-training'), store);
  const outputControls = run.createOutputControls($('output-controls'));
  // Read-only embeds show the data but do not let a click on the plot edit it.
  const pointEditor = options.readonly ? null : bindPointEditor($('point-editor'), $('heatmap'), view.heatmap,
    { store, session: () => session, bounds: () => view.bounds });
  if (pointEditor) pointEditor.relabel();

  const digits = new DigitsPad($('digit-pad'), $('digit-probs'), $('digit-clear'),
    (inputs) => (session && store.get().source === 'digits' ? session.predict(inputs) : null));

  const compare = $('compare-run') && new LearningRateComparison({ canvas: $('compare-chart'), legend: $('compare-legend'),
    ratesInput: $('compare-rates'), epochsInput: $('compare-epochs'), button: $('compare-run') },
  (rate) => {
    try {
      const s = makeSession({ ...store.get(), learningRate: rate, schedule: 'constant', epochs: 0 });
      return s;
    } catch (e) {
      return null;
    }
  });

  const weightEditor = run.createWeightEditor({ form: $('weight-editor'), input: $('weight-value'),
    label: $('weight-label'), cancel: $('weight-cancel') });

  if ($('export-experiment')) {
    bindExport({ store, getSession: () => session, experiment: () => currentExperiment(store.get()) });
  }
  if ($('csv-apply')) bindCsv({ api, store, csv, onApply: () => rebuild() });
  if ($('embed-open')) bindEmbedDialog({ store });

  let frameCount = 0;
  function redraw(force = true) {
    if (!session) return;
    view.draw(force);
    // The confusion matrix is DOM, not canvas: refreshed a few times a second at most.
    if (session.classes >= 3 && (frameCount++ % 20 === 0 || !runner.running)) {
      charts.showConfusion(session.confusion(), session.classes);
    }
  }
  diagram.onHover = () => redraw();

  let rebuildToken = 0;
  let pendingPlay = false;
  function rebuild() {
    const token = ++rebuildToken;
    const state = store.get();
    if (!needsDataText(state.source)) texts[state.source] = '';
    if (!(state.source in texts)) {
      runner.stop();
      document.documentElement.dataset.loading = 'data';
      dataText(state.source, baseUrl).then((text) => {
        texts[state.source] = text;
        delete document.documentElement.dataset.loading;
        if (token === rebuildToken) rebuild();
      }, (error) => run.showError(t('error.session', { message: error.message })));
      return;
    }
    const wasRunning = runner.running;
    runner.stop();
    try {
      session = makeSession(state);
      run.clearError();
    } catch (e) {
      run.showError(t('error.session', { message: e.message }));
      session = null;
      return;
    }
    history.clear();
    history.push(session.readMetrics());
    diagram.build(session.sizes, session.inputNames,
      [...state.activations, state.output].map((a) => t(`act.${a}`)));
    view.attach(session, Math.min(state.plotX, session.sizes[0] - 1), Math.min(state.plotY, session.sizes[0] - 1));
    view.redrawPoints(state.showTest);
    view.heatmap.discretize = state.discretize;
    $('digits-box').hidden = state.source !== 'digits';
    $('heatmap').hidden = !session.plotDims;
    dataControls.render(state);
    if (pointEditor) pointEditor.render(state, session);
    charts.showAccuracy = !session.regression;
    charts.showConfusion(null, 0);
    $('accuracy-chart').hidden = session.regression;
    run.refresh();
    redraw();
    digits.update();
    if (wasRunning || pendingPlay) {
      pendingPlay = false;
      run.play();
    }
  }

  store.subscribe((state, changed) => {
    dataControls.render(state);
    networkControls.render(state);
    trainingControls.render(state);
    outputControls.render(state);
    if ([...changed].some((k) => STRUCTURAL_KEYS.has(k))) {
      rebuild();
      return;
    }
    if (!session) return;
    for (const [keys, apply] of LIVE_SETTERS) {
      if (keys.some((k) => changed.has(k))) apply(session, state);
    }
    if (changed.has('plotX') || changed.has('plotY')) {
      view.attach(session, state.plotX, state.plotY);
      view.redrawPoints(state.showTest);
    }
    if (changed.has('showTest')) view.redrawPoints(state.showTest);
    view.heatmap.discretize = state.discretize;
    run.refresh();
    redraw();
  });
  if (options.urlState !== false) bindUrl(store);

  onLanguageChange(() => {
    const state = store.get();
    dataControls.relabel(state);
    networkControls.relabel(state);
    trainingControls.relabel(state);
    outputControls.relabel(state);
    if (pointEditor) pointEditor.relabel();
    if (pointEditor) pointEditor.render(state, session);
    if (session) {
      diagram.build(session.sizes, session.inputNames,
        [...state.activations, state.output].map((a) => t(`act.${a}`)));
      charts.draw(true);
      run.refresh();
      redraw();
    }
  });
  onThemeChange(() => {
    charts.draw(true);
    view.redrawPoints(store.get().showTest);
  });
  addEventListener('resize', () => charts.draw(true));

  const initial = store.get();
  dataControls.render(initial);
  networkControls.render(initial);
  trainingControls.render(initial);
  outputControls.render(initial);
  rebuild();
  if ($('save')) bindShare({ experiment: () => currentExperiment(store.get()),
    onLoaded: (doc, loaded) => {
      loadedDocument = doc;
      csv.text = loaded.csv;
      // A fragment is the visitor's own later edit of the saved run; it wins over the document.
      if (location.hash.length <= 1) store.replace(loaded.state);
      rebuild();
    } });
  if ($('walkthrough-link')) bindWalkthroughLink($('walkthrough-link'), { session: () => session,
    experiment: () => currentExperiment(store.get()) });
  run.enable();
  document.documentElement.dataset.engineReady = 'true';
  performance.mark('descent:ready');
  const play = () => {
    if (session) {
      if (!runner.running) run.play();
    } else {
      pendingPlay = true;
    }
  };
  if (new URLSearchParams(location.search).get('autoplay') === '1') play();
  return {
    store,
    compare,
    /** What the embed API drives; the same actions as the run bar's buttons. */
    controller: {
      play,
      pause: () => {
        pendingPlay = false;
        if (runner.running) run.play();
      },
      step: () => run.step(),
      reset: () => {
        runner.stop();
        rebuild();
      },
      load: (state, csvText = '', doc = null) => {
        runner.stop();
        csv.text = csvText;
        loadedDocument = doc;
        const before = store.get();
        store.replace(state);
        const after = store.get();
        if (![...STRUCTURAL_KEYS].some((k) => String(before[k]) !== String(after[k]))) rebuild();
      },
      metrics: () => (session ? session.readMetrics() : null),
      running: () => runner.running,
    },
  };
}

/** Boots the page: the playground runs it on load; the embed view calls it with options. */
export function boot(options = {}) {
  const language = options.language || detectLanguage();
  const languageSelect = $('language');
  if (languageSelect) {
    languageSelect.value = language;
    languageSelect.addEventListener('change', () => setLanguage(languageSelect.value));
  }
  setLanguage(language, false);
  applyStaticText();
  const backend = chooseBackend(location.search);
  return startEngine(location.search, new URL('..', import.meta.url))
    .then((engine) => {
      performance.mark('descent:engine-loaded');
      return start(engine, options);
    })
    .catch((error) => {
      $('engine-backend').textContent = 'failed';
      const box = $('load-error');
      box.hidden = false;
      box.textContent = t('error.load', { backend, message: error.message });
      console.error(error);
      throw error;
    });
}

// The embed view (this page under /embed, <html data-embed>) boots itself with its options.
if (!document.documentElement.hasAttribute('data-embed')) boot().catch(() => {});
