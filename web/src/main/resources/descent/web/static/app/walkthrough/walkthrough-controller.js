// Drives the walkthrough: which example, which stage; Back/Next, the stage list and the arrow
// keys move between stages, and every view is redrawn from the snapshot of engine numbers.
import { byId, element } from '../shared/dom.js';
import { formatTuple } from '../shared/number-format.js';
import { takeSnapshot } from './snapshot.js';
import { stageFormula } from './stage-formulas.js';
import { renderBlocks, stageBlocks } from './stage-numbers.js';
import { stageExplanation, stageTitle } from './stage-text.js';
import { renderNetworkDiagram } from './network-diagram.js';
import { MAX_UNITS, graphFits, renderComputeGraph } from './compute-graph.js';
import { bindTabs } from './tabs.js';

export class WalkthroughController {
  constructor(builder, t) {
    this.builder = builder;
    this.t = t;
    this.view = {
      example: byId('example'), back: byId('back'), next: byId('next'), counter: byId('stage-counter'),
      list: byId('stage-list'), title: byId('stage-title'), explanation: byId('stage-explanation'),
      formula: byId('stage-formula'), numbers: byId('stage-numbers'), network: byId('network-diagram'),
      graph: byId('compute-graph'), graphHint: byId('graph-hint'), notation: byId('notation-note'), labels: byId('labels-note'),
    };
    this.view.back.addEventListener('click', () => this.go(this.stage - 1));
    this.view.next.addEventListener('click', () => this.go(this.stage + 1));
    this.view.example.addEventListener('change', () => this.load(Number(this.view.example.value)));
    document.addEventListener('keydown', (event) => this.onKey(event));
    bindTabs([byId('tab-network'), byId('tab-graph')], () => this.render());
    // ?stage=N (1-based) opens a given stage, so a stage can be linked to.
    this.stage = Math.max(0, Number(new URLSearchParams(location.search).get('stage') || 1) - 1) || 0;
    this.load(builder.suggestedExample());
  }

  /** Computes the step for example index in the engine and keeps the current stage. */
  load(index) {
    this.snapshot = takeSnapshot(this.builder.build(index));
    this.example = index;
    this.fillExamples();
    this.go(Math.min(this.stage, this.snapshot.stages.length - 1));
  }

  fillExamples() {
    const count = this.builder.exampleCount();
    const options = [];
    for (let i = 0; i < count; i++) {
      const walk = i === this.example ? this.snapshot : takeExampleRow(this.builder, i);
      options.push(element('option', { value: String(i), text: this.t('walk.exampleOption', { x: formatTuple(walk.x), y: formatTuple(walk.y) }) }));
    }
    this.view.example.replaceChildren(...options);
    this.view.example.value = String(this.example);
  }

  translate(t) {
    this.t = t;
    this.fillExamples();
    this.render();
  }

  onKey(event) {
    if (event.target.closest('select, input, textarea, [role="tab"]') || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const last = this.snapshot.stages.length - 1;
    const target = { ArrowRight: this.stage + 1, ArrowLeft: this.stage - 1, Home: 0, End: last }[event.key];
    if (target !== undefined) {
      event.preventDefault();
      this.go(target);
    }
  }

  go(stage) {
    this.stage = Math.max(0, Math.min(this.snapshot.stages.length - 1, stage));
    this.render();
  }

  render() {
    const { snapshot, stage: number, t, view } = this;
    const stage = snapshot.stages[number];
    const total = snapshot.stages.length;
    view.back.disabled = number === 0;
    view.next.disabled = number === total - 1;
    view.counter.textContent = t('stage.counter', { current: number + 1, total });
    document.documentElement.dataset.stage = String(number);
    document.documentElement.dataset.stageKind = stage.kind;
    view.title.textContent = stageTitle(stage, t);
    view.explanation.textContent = stageExplanation(snapshot, stage, t);
    view.formula.replaceChildren(stageFormula(snapshot, stage));
    renderBlocks(view.numbers, stageBlocks(snapshot, stage, t));
    this.renderStageList();
    renderNetworkDiagram(view.network, snapshot, number);
    if (graphFits(snapshot)) {
      renderComputeGraph(view.graph, snapshot, number);
    } else {
      view.graph.replaceChildren();
      view.graphHint.textContent = t('view.graphTooBig', { max: MAX_UNITS });
    }
    view.notation.classList.toggle('is-relevant', stage.kind === 'upstream' || stage.kind === 'hidden-delta');
    view.labels.classList.toggle('is-relevant', stage.kind === 'input' || stage.kind === 'output-delta');
  }

  renderStageList() {
    const { snapshot, stage: current, t } = this;
    this.view.list.replaceChildren(...snapshot.stages.map((stage, index) => {
      const button = element('button', {
        type: 'button',
        className: index <= current ? 'is-done' : '',
        'aria-current': index === current ? 'step' : null,
        text: stageTitle(stage, t),
      });
      button.addEventListener('click', () => this.go(index));
      return element('li', {}, button);
    }));
  }
}

/** x and y of example i, for the example menu. */
function takeExampleRow(builder, index) {
  const walk = builder.build(index);
  return { x: Array.from(walk.input()), y: Array.from(walk.target()) };
}
