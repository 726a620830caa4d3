// Several optimizers descending the same function from the same start with the same settings,
// stepped together so their paths can be compared frame by frame.
import { RunTrace } from './run-trace.js';

export class Race {
  constructor(lab, settings) {
    this.settings = settings;
    this.traces = settings.optimizers.map((id) => new RunTrace(lab.startRun(id, settings.learningRate,
      settings.x0, settings.y0, settings.tolerance, settings.maxSteps)));
  }

  /** n more steps for every unfinished run; true when any run moved. */
  advance(n) {
    let moved = false;
    for (const trace of this.traces) {
      moved = trace.advance(n) || moved;
    }
    return moved;
  }

  get finished() {
    return this.traces.every((trace) => trace.finished);
  }

  get started() {
    return this.traces.some((trace) => trace.steps > 0 || trace.finished);
  }

  trace(id) {
    return this.traces.find((trace) => trace.id === id) ?? this.traces[0];
  }

  /** The longest run, for the chart's step axis. */
  get mostSteps() {
    return Math.max(0, ...this.traces.map((trace) => trace.steps));
  }
}
