// The page's view of one training session in the engine (descent.web.PlaygroundSession). It
// keeps the calls per frame few: one metrics() call returns every read-out, and the grid, the
// parameters, gradients and last update come back as whole Float64Array buffers.

export const STATUS = ['running', 'converged', 'diverged', 'finished'];

// Layout of the array that PlaygroundSession.metrics() returns.
const M_EPOCH = 0;
const M_TRAIN_LOSS = 1;
const M_TEST_LOSS = 2;
const M_TRAIN_ACC = 3;
const M_TEST_ACC = 4;
const M_GRAD_NORM = 5;
const M_RATE = 6;
const M_STATUS = 7;
const M_BATCH = 8;

export class Session {
  constructor(api, handle) {
    this.api = api;
    this.handle = handle;
    this.sizes = Array.from(handle.layerSizes());
    this.classes = handle.classCount();
    this.regression = handle.isRegression();
    this.inputNames = String(handle.inputNames()).split('\n');
    this.plotDims = handle.plotDimensions();
    this.readMetrics();
  }

  readMetrics() {
    const m = this.handle.metrics();
    this.metrics = {
      epoch: m[M_EPOCH],
      trainLoss: m[M_TRAIN_LOSS],
      testLoss: m[M_TEST_LOSS],
      trainAccuracy: m[M_TRAIN_ACC],
      testAccuracy: m[M_TEST_ACC],
      gradientNorm: m[M_GRAD_NORM],
      learningRate: m[M_RATE],
      status: STATUS[m[M_STATUS]] ?? 'running',
      batch: m[M_BATCH],
    };
    return this.metrics;
  }

  /** Trains up to n epochs (fewer if a stopping rule fires); returns the epochs done. */
  train(n) {
    return this.handle.train(n);
  }

  /** Per-layer flat weights (fan_in x fan_out, row-major) then biases, layer after layer. */
  parameters() {
    return this.handle.parameters();
  }

  gradients() {
    return this.handle.gradients();
  }

  lastUpdate() {
    return this.handle.lastUpdate();
  }

  setParameter(index, value) {
    this.handle.setParameter(index, value);
  }

  /**
   * Evaluates every hidden neuron and every output over a res x res grid of the plot's two
   * dimensions; neuron n's values start at n * res * res, row 0 at the top.
   */
  evaluateGrid(res, bounds) {
    const view = this.handle.evaluateGrid(res, bounds[0], bounds[1], bounds[2], bounds[3]);
    // The engine's view is only valid until its next call: keep a copy (one bulk memcpy).
    if (!this.grid || this.grid.length !== view.length) this.grid = new Float64Array(view.length);
    this.grid.set(view);
    return this.grid;
  }

  /** Rows of [x, y, label, isTest] for the two plotted dimensions. */
  points(plotX, plotY) {
    return this.handle.points(plotX, plotY);
  }

  /** How many examples (training and test) the data has. */
  pointCount() {
    return this.handle.points(0, 0).length / 4;
  }

  bounds(plotX, plotY) {
    return Array.from(this.handle.bounds(plotX, plotY));
  }

  predict(inputs) {
    return this.handle.predict(inputs instanceof Float64Array ? inputs : Float64Array.from(inputs));
  }

  confusion() {
    return this.handle.confusion();
  }

  setLearningRate(v) { this.handle.setLearningRate(v); }

  setBatchSize(v) { this.handle.setBatchSize(v); }

  setOptimizer(s) {
    this.handle.setOptimizer(s.optimizer, s.momentum, s.beta1, s.beta2, s.epsilon, s.rho);
  }

  setSchedule(s) {
    this.handle.setSchedule(s.schedule, s.every, s.gamma, s.period,
      Math.min(s.minLearningRate, s.learningRate));
  }

  setRegularization(s) {
    this.handle.setRegularization(s.regularization, s.regularizationRate);
  }

  setStop(s) {
    this.handle.setStop(s.epochs, s.targetLoss, s.gradientNorm);
  }

  /** Applies every live training setting of the state (no reset). */
  applyTraining(state) {
    this.setLearningRate(state.learningRate);
    this.setBatchSize(state.batchSize);
    this.setOptimizer(state);
    this.setSchedule(state);
    this.setRegularization(state);
    this.setStop(state);
  }
}
