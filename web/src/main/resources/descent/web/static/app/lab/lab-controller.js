// Wires the lab together: the function field and settings decide what runs, the player advances
// the race, and after every batch the plot, chart, status, legend and table are redrawn.
import { byId } from '../shared/dom.js';
import { formatNumber } from '../shared/number-format.js';
import { FunctionField } from './function-field.js';
import { readSettings } from './settings.js';
import { Race } from './race.js';
import { Player } from './player.js';
import { ViewBox } from './view-box.js';
import { ContourView } from './contour-view.js';
import { CurveView } from './curve-view.js';
import { drawStepChart } from './step-chart.js';
import { renderTableBody, renderTableHead } from './iterate-table.js';
import { renderArticleNotes, renderLegend, renderStatus } from './status-view.js';
import { checkOnly, checkedOptimizers, renderOptimizerChoices } from './optimizer-choices.js';
import { CUSTOM, presetText, readPresets, renderPresetChoices } from './preset-choices.js';
import { readTheme, watchColorScheme } from './theme.js';
import { watchSize } from './canvas-size.js';
import { OPTIMIZER_NAMES } from './messages.js';
import { element } from '../shared/dom.js';

const TABLE_REFRESH_MS = 200; // the table is the costliest part to redraw; a few times a second is plenty
const KEY_MOVE = 1 / 50; // arrow keys move the start point by this share of the view

export class LabController {
  constructor(lab, t, language) {
    this.lab = lab;
    this.t = t;
    this.language = language;
    this.presets = readPresets(lab);
    this.articleNormalized = this.presets.find((p) => p.id === 'article').normalized;
    this.theme = readTheme();
    this.view = this.findElements();
    this.contour = new ContourView(this.view.plot);
    this.curve = new CurveView(this.view.plot);
    this.player = new Player(() => this.render(), () => this.render(true));
    this.tableDrawnAt = 0;
    this.function = null;
    this.race = null;
    this.box = null;

    this.field = new FunctionField({ input: byId('function'), echo: byId('function-echo'),
      error: byId('function-error'), kind: byId('function-kind') }, lab, (outcome) => this.functionChanged(outcome));
    const ids = Array.from({ length: lab.optimizerCount() }, (_, i) => lab.optimizerId(i));
    renderOptimizerChoices(this.view.optimizers, ids, () => this.restart());
    this.view.tolerance.value = formatNumber(lab.defaultTolerance());
    this.view.maxSteps.value = String(lab.defaultMaxSteps());
    this.bindEvents();
    this.translate(t, language);
    this.view.preset.value = 'article';
    this.applyPreset('article');
  }

  findElements() {
    return {
      preset: byId('preset'), presetDescription: byId('preset-description'),
      startX: byId('start-x'), startY: byId('start-y'), startYGroup: byId('start-y-group'), startHint: byId('start-hint'),
      learningRate: byId('learning-rate'), tolerance: byId('tolerance'), maxSteps: byId('max-steps'),
      optimizers: byId('optimizer-choices'), settingsError: byId('settings-error'),
      play: byId('play'), step: byId('step'), reset: byId('reset'), speed: byId('speed'),
      zoomIn: byId('zoom-in'), zoomOut: byId('zoom-out'), fit: byId('fit'),
      plot: byId('plot'), plotFrame: byId('plot').parentElement, legend: byId('legend'),
      status: byId('status-lines'), note: byId('article-note'), noteText: byId('article-note-text'), bug: byId('article-bug'),
      chart: byId('chart'), chartLog: byId('chart-log'), chartNote: byId('chart-note'),
      tableRun: byId('table-run'), tableHead: byId('table-head'), tableBody: byId('table-body'), tableCaption: byId('table-caption'),
    };
  }

  bindEvents() {
    const v = this.view;
    v.preset.addEventListener('change', () => this.applyPreset(v.preset.value));
    for (const input of [v.startX, v.startY, v.learningRate, v.tolerance, v.maxSteps]) {
      input.addEventListener('input', () => this.restart());
    }
    v.play.addEventListener('click', () => this.togglePlay());
    v.step.addEventListener('click', () => this.stepOnce());
    v.reset.addEventListener('click', () => this.restart());
    v.speed.addEventListener('change', () => this.player.setSpeed(v.speed.value));
    v.zoomIn.addEventListener('click', () => this.setBox(this.box.scaled(0.5)));
    v.zoomOut.addEventListener('click', () => this.setBox(this.box.scaled(2)));
    v.fit.addEventListener('click', () => this.fitToPaths());
    v.chartLog.addEventListener('change', () => this.render(true));
    v.tableRun.addEventListener('change', () => this.render(true));
    v.plot.addEventListener('click', (event) => this.startAtPixel(event));
    v.plot.addEventListener('keydown', (event) => this.moveStartByKey(event));
    this.player.setSpeed(v.speed.value);
    watchSize([v.plot, v.chart], () => this.render(true));
    watchColorScheme(() => {
      this.theme = readTheme();
      this.contour.invalidate();
      this.render(true);
    });
  }

  translate(t, language) {
    this.t = t;
    this.language = language;
    renderPresetChoices(this.view.preset, this.presets, t, language);
    renderTableHead(this.view.tableHead, t);
    this.field.render(t);
    this.describePreset();
    this.describeFunction();
    this.render(true);
  }

  /** The texts that depend on the function's dimension. */
  describeFunction() {
    const dimension = this.lab.dimension();
    this.view.startYGroup.hidden = dimension !== 2;
    this.view.startHint.textContent = this.t(dimension === 2 ? 'start.hint' : 'start.hint1');
    this.view.plot.setAttribute('aria-label', this.t(dimension === 2 ? 'plot.label2' : 'plot.label1'));
  }

  currentPreset() {
    return this.presets.find((p) => p.id === this.view.preset.value) ?? null;
  }

  describePreset() {
    const preset = this.currentPreset();
    this.view.presetDescription.textContent = preset ? presetText(preset, 'description', this.t, this.language) : '';
  }

  applyPreset(id) {
    const preset = this.presets.find((p) => p.id === id);
    if (!preset) {
      this.describePreset();
      return;
    }
    this.view.startX.value = formatNumber(preset.start[0], 12);
    this.view.startY.value = preset.start.length > 1 ? formatNumber(preset.start[1], 12) : '0';
    this.view.learningRate.value = formatNumber(preset.learningRate, 12);
    checkOnly(this.view.optimizers, [preset.optimizer]);
    this.box = ViewBox.around([preset.start, ...preset.minima]);
    this.field.setText(preset.expression);
  }

  functionChanged(outcome) {
    const previousDimension = this.function?.dimension();
    this.function = { dimension: () => outcome.dimension(), normalized: outcome.normalized() };
    const matching = this.presets.find((p) => p.normalized === outcome.normalized());
    this.view.preset.value = matching ? matching.id : CUSTOM;
    this.describePreset();
    const dimension = outcome.dimension();
    this.describeFunction();
    this.view.plotFrame.classList.toggle('is-curve', dimension === 1);
    if (!this.box || (previousDimension && previousDimension !== dimension && !matching)) {
      this.box = ViewBox.around([[0, 0]]);
    }
    this.contour.invalidate();
    this.curve.invalidate();
    this.restart();
  }

  /** Drops the current runs and prepares new ones from the form; nothing runs until Run or Step. */
  restart() {
    this.player.pause();
    const dimension = this.lab.dimension();
    const read = readSettings({ ...this.view, optimizers: () => checkedOptimizers(this.view.optimizers) },
      dimension, this.lab.maxStepsLimit());
    for (const input of [this.view.learningRate, this.view.tolerance, this.view.maxSteps, this.view.startX, this.view.startY]) {
      input.setAttribute('aria-invalid', String(read.field === input));
    }
    const usable = read.values && this.field.outcome?.ok();
    this.view.settingsError.hidden = !read.errorKey;
    this.view.settingsError.textContent = read.errorKey ? this.t(read.errorKey, read.params) : '';
    this.race = usable ? new Race(this.lab, read.values) : null;
    for (const button of [this.view.play, this.view.step, this.view.reset]) {
      button.disabled = !usable;
    }
    this.fillTableRunChoices();
    this.render(true);
  }

  fillTableRunChoices() {
    const select = this.view.tableRun;
    const chosen = select.value;
    const ids = this.race ? this.race.traces.map((trace) => trace.id) : [];
    select.replaceChildren(...ids.map((id) => element('option', { value: id, text: OPTIMIZER_NAMES[id] })));
    if (ids.includes(chosen)) {
      select.value = chosen;
    }
  }

  togglePlay() {
    if (this.player.playing) {
      this.player.pause();
      return;
    }
    if (this.race.finished) {
      this.restart();
    }
    this.player.play(this.race);
    this.render(true);
  }

  stepOnce() {
    this.player.pause();
    this.race.advance(1);
    this.render(true);
  }

  setBox(box) {
    this.box = box;
    this.render(true);
  }

  fitToPaths() {
    const points = [];
    for (const trace of this.race?.traces ?? []) {
      for (let i = 0; i < trace.count; i++) {
        points.push(trace.point(i));
      }
    }
    if (points.length) {
      this.setBox(ViewBox.around(points));
    }
  }

  startAtPixel(event) {
    const rect = this.view.plot.getBoundingClientRect();
    const px = event.clientX - rect.left;
    const py = event.clientY - rect.top;
    this.setStart(this.box.fromPixelX(px, rect.width), this.box.fromPixelY(py, rect.height));
  }

  moveStartByKey(event) {
    const moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.togglePlay();
      return;
    }
    const move = moves[event.key];
    if (!move || !this.race) {
      return;
    }
    event.preventDefault();
    const { x0, y0 } = this.race.settings;
    this.setStart(x0 + move[0] * (this.box.xmax - this.box.xmin) * KEY_MOVE,
      y0 + move[1] * (this.box.ymax - this.box.ymin) * KEY_MOVE);
  }

  setStart(x, y) {
    const digits = (span) => Math.max(2, 2 - Math.floor(Math.log10(span / 100)));
    const round = (value, span) => Number(value.toFixed(Math.min(12, digits(span))));
    this.view.startX.value = String(round(x, this.box.xmax - this.box.xmin));
    if (this.lab.dimension() === 2) {
      this.view.startY.value = String(round(y, this.box.ymax - this.box.ymin));
    }
    this.restart();
  }

  /** Redraws after a batch of steps; `full` also redraws the table immediately. */
  render(full = false) {
    const v = this.view;
    const race = this.race;
    v.play.textContent = this.t(this.player.playing ? 'controls.pause' : 'controls.play');
    v.play.setAttribute('aria-pressed', String(this.player.playing));
    if (!race) {
      v.status.replaceChildren();
      v.legend.replaceChildren();
      return;
    }
    this.drawPlot(race);
    const { clipped } = drawStepChart(v.chart, race.traces, v.chartLog.checked, this.theme) ?? {};
    v.chartNote.hidden = !clipped;
    renderStatus(v.status, race, this.t, this.language);
    renderLegend(v.legend, race, this.t);
    renderArticleNotes(v, race, this.function?.normalized === this.articleNormalized, this.t);
    const now = performance.now();
    if (full || now - this.tableDrawnAt > TABLE_REFRESH_MS) {
      const trace = race.trace(v.tableRun.value);
      v.tableCaption.textContent = this.t('table.caption', { name: OPTIMIZER_NAMES[trace.id] });
      renderTableBody(v.tableBody, trace, this.t);
      this.tableDrawnAt = now;
    }
    document.documentElement.dataset.labState = race.finished ? 'finished' : this.player.playing ? 'playing' : 'paused';
  }

  drawPlot(race) {
    const preset = this.currentPreset();
    const scene = {
      lab: this.lab,
      box: this.box,
      theme: this.theme,
      traces: race.traces,
      minima: preset ? preset.minima : [],
      preferLog: preset?.id === 'rosenbrock',
      functionKey: this.function.normalized,
      tangentTrace: race.trace(this.view.tableRun.value),
    };
    if (this.lab.dimension() === 2) {
      this.contour.draw(scene);
    } else {
      this.curve.draw(scene);
    }
  }
}
