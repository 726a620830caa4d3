// The page's copy of one run's path. After each batch of steps it fetches only the records that
// are new (two calls into the engine), appending them to growable typed arrays.

const INITIAL_CAPACITY = 256;

export class RunTrace {
  constructor(run) {
    this.run = run;
    this.id = run.optimizerId();
    this.dimension = run.dimension();
    this.width = run.recordWidth();
    this.records = new Float64Array(INITIAL_CAPACITY * this.width);
    this.updates = new Float64Array(INITIAL_CAPACITY * this.dimension);
    this.count = 0;
    this.updateCount = 0;
    this.status = run.status();
    this.pull();
  }

  /** Takes up to n steps (none once finished); returns true when new points arrived. */
  advance(n) {
    if (this.status !== 'running' || n <= 0) {
      return false;
    }
    this.run.step(n);
    this.status = this.run.status();
    return this.pull();
  }

  pull() {
    const fresh = this.run.recordsFrom(this.count);
    const freshUpdates = this.run.updatesFrom(this.updateCount);
    this.records = ensure(this.records, (this.count * this.width) + fresh.length);
    this.records.set(fresh, this.count * this.width);
    this.count += fresh.length / this.width;
    this.updates = ensure(this.updates, (this.updateCount * this.dimension) + freshUpdates.length);
    this.updates.set(freshUpdates, this.updateCount * this.dimension);
    this.updateCount += freshUpdates.length / this.dimension;
    return fresh.length > 0;
  }

  get finished() {
    return this.status !== 'running';
  }

  get steps() {
    return this.count - 1;
  }

  x(index) {
    return this.records[index * this.width];
  }

  y(index) {
    return this.dimension === 2 ? this.records[index * this.width + 1] : NaN;
  }

  value(index) {
    return this.records[index * this.width + this.dimension];
  }

  /** Gradient component axis (0 = x, 1 = y) at point index. */
  gradient(index, axis) {
    return this.records[index * this.width + this.dimension + 1 + axis];
  }

  /** Change made by step index (point index to index + 1); NaN when not taken (yet). */
  update(index, axis) {
    return index < this.updateCount ? this.updates[index * this.dimension + axis] : NaN;
  }

  point(index) {
    return this.dimension === 2 ? [this.x(index), this.y(index)] : [this.x(index)];
  }

  /** The engine's English sentence on why it stopped. */
  explanation() {
    return this.run.explanation();
  }

  gradientNorm() {
    return this.run.gradientNorm();
  }
}

function ensure(array, length) {
  if (length <= array.length) {
    return array;
  }
  const grown = new Float64Array(Math.max(length, array.length * 2));
  grown.set(array);
  return grown;
}
