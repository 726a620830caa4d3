// Sizes the work done in one animation frame: as many epochs as fit in the budget, measured, not
// guessed, so a fast machine trains faster and a slow one still draws at 60 frames per second.

const MAX_GROWTH = 2; // at most double the batch from one frame to the next, to ride out jitter

export class FrameBudget {
  /** @param budgetMs milliseconds of training per frame */
  constructor(budgetMs) {
    this.budgetMs = budgetMs;
    this.epochsPerFrame = 1;
  }

  /** Runs work(epochs) once with the current batch size and adapts it from the time taken. */
  run(work) {
    const epochs = this.epochsPerFrame;
    const start = performance.now();
    work(epochs);
    const elapsed = performance.now() - start;
    const perEpoch = Math.max(elapsed, 0.01) / epochs;
    const fitting = Math.floor(this.budgetMs / perEpoch);
    this.epochsPerFrame = Math.max(1, Math.min(fitting, epochs * MAX_GROWTH));
    return epochs;
  }
}
