// The training loop: each animation frame trains as many epochs as fit in the budget
// (frame-budget.js adapts the count from measured time), records the metrics, then draws.
// The budget itself follows the frame rate: it grows while frames arrive on time and shrinks
// when one is late, because the browser's own work per frame (style, paint, compositing) is
// unknown and differs between machines. Frames per second and epochs per second are measured
// over the last second.
import { FrameBudget } from './frame-budget.js';

const START_BUDGET_MS = 6;
const MIN_BUDGET_MS = 2;
const MAX_BUDGET_MS = 12;
const GROW_MS = 0.1; // per frame on time
const SHRINK = 0.7; // factor per late frame: about one frame in 20 may be late
const LATE = 1.2; // a frame is late when its interval exceeds 1.2 display periods

export class Runner {
  constructor({ onFrame }) {
    this.budget = new FrameBudget(START_BUDGET_MS);
    this.running = false;
    this.onFrame = onFrame;
    this.frames = 0;
    this.epochs = 0;
    this.windowStart = 0;
    this.fps = 0;
    this.epochsPerSecond = 0;
    this.frame = this.frame.bind(this);
  }

  start(session) {
    this.session = session;
    if (this.running) return;
    this.running = true;
    this.windowStart = performance.now();
    this.frames = 0;
    this.epochs = 0;
    this.lastFrameAt = 0;
    requestAnimationFrame(this.frame);
  }

  stop() {
    this.running = false;
  }

  frame(frameAt) {
    if (!this.running) return;
    let trained = 0;
    this.adaptBudget(frameAt);
    const trainStart = performance.now();
    this.budget.run((n) => {
      trained = this.session.train(n);
    });
    document.documentElement.dataset.trainMs = (performance.now() - trainStart).toFixed(3);
    document.documentElement.dataset.epochsPerFrame = String(trained);
    this.frames++;
    this.epochs += trained;
    const now = performance.now();
    if (now - this.windowStart >= 1000) {
      this.fps = (this.frames * 1000) / (now - this.windowStart);
      this.epochsPerSecond = (this.epochs * 1000) / (now - this.windowStart);
      document.documentElement.dataset.fps = this.fps.toFixed(1);
      document.documentElement.dataset.epochsPerSecond = this.epochsPerSecond.toFixed(0);
      this.windowStart = now;
      this.frames = 0;
      this.epochs = 0;
    }
    const viewStart = performance.now();
    const keepGoing = this.onFrame(trained);
    this.lastViewMs = performance.now() - viewStart;
    document.documentElement.dataset.afterMs = this.lastViewMs.toFixed(3);
    if (keepGoing === false) this.running = false;
    if (this.running) requestAnimationFrame(this.frame);
  }

  /** Grows the training budget while frames come at the display's rate, shrinks it if not. */
  adaptBudget(frameAt) {
    const interval = this.lastFrameAt ? frameAt - this.lastFrameAt : 0;
    this.lastFrameAt = frameAt;
    if (!interval) return;
    // The display period: the shortest interval seen, forgotten slowly (a 60 Hz display: 16.7).
    this.period = Math.min(interval, (this.period || interval) * 1.001);
    const budget = this.budget;
    budget.budgetMs = interval > this.period * LATE
      ? Math.max(MIN_BUDGET_MS, budget.budgetMs * SHRINK)
      : Math.min(MAX_BUDGET_MS, budget.budgetMs + GROW_MS);
    document.documentElement.dataset.budgetMs = budget.budgetMs.toFixed(2);
  }
}
