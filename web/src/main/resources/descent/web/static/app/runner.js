// The training loop: each animation frame trains as many epochs as fit in the budget
// (frame-budget.js adapts the count from measured time), records the metrics, then draws.
// Frames per second and epochs per second are measured over the last second.
import { FrameBudget } from './frame-budget.js';

const TRAIN_BUDGET_MS = 8;

export class Runner {
  constructor({ onFrame }) {
    this.budget = new FrameBudget(TRAIN_BUDGET_MS);
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
    requestAnimationFrame(this.frame);
  }

  stop() {
    this.running = false;
  }

  frame() {
    if (!this.running) return;
    let trained = 0;
    // Training gets what the last frame's drawing left of a 60 Hz frame (between 2 and 10 ms).
    this.budget.budgetMs = Math.max(2, Math.min(10, 13 - (this.lastViewMs || 0)));
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
}
