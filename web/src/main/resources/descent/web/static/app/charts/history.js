// The run's history at a bounded size: one sample per recorded point until the buffer fills,
// then neighbours are merged pairwise and the stride doubles. Each kept sample remembers the
// minimum and maximum training loss it covers, so oscillations stay visible when zoomed out.
// Drawing cost therefore stays flat however long the run; nothing is allocated after creation.

export const SERIES = ['train', 'test', 'trainAcc', 'testAcc'];

export class History {
  constructor(capacity = 512) {
    this.capacity = capacity;
    this.epoch = new Float64Array(capacity);
    this.train = new Float64Array(capacity);
    this.test = new Float64Array(capacity);
    this.trainAcc = new Float64Array(capacity);
    this.testAcc = new Float64Array(capacity);
    this.trainMin = new Float64Array(capacity);
    this.trainMax = new Float64Array(capacity);
    this.clear();
  }

  clear() {
    this.length = 0;
    this.stride = 1;
    this.pending = 0;
    this.pendingMin = Infinity;
    this.pendingMax = -Infinity;
    this.version = (this.version || 0) + 1;
  }

  /** Records the metrics after an epoch (at most one sample per epoch is kept). */
  push(m) {
    if (this.length > 0 && m.epoch <= this.epoch[this.length - 1] && m.epoch !== 0) return;
    const loss = m.trainLoss;
    this.pendingMin = Math.min(this.pendingMin, loss);
    this.pendingMax = Math.max(this.pendingMax, loss);
    if (++this.pending < this.stride && this.length > 0) return;
    if (this.length === this.capacity) this.compress();
    const i = this.length++;
    this.epoch[i] = m.epoch;
    this.train[i] = loss;
    this.test[i] = m.testLoss;
    this.trainAcc[i] = m.trainAccuracy;
    this.testAcc[i] = m.testAccuracy;
    this.trainMin[i] = this.pendingMin;
    this.trainMax[i] = this.pendingMax;
    this.pending = 0;
    this.pendingMin = Infinity;
    this.pendingMax = -Infinity;
    this.version++;
  }

  compress() {
    const half = this.length >> 1;
    for (let i = 0; i < half; i++) {
      const a = 2 * i;
      const b = a + 1;
      this.epoch[i] = this.epoch[b];
      this.train[i] = this.train[b];
      this.test[i] = this.test[b];
      this.trainAcc[i] = this.trainAcc[b];
      this.testAcc[i] = this.testAcc[b];
      this.trainMin[i] = Math.min(this.trainMin[a], this.trainMin[b]);
      this.trainMax[i] = Math.max(this.trainMax[a], this.trainMax[b]);
    }
    this.length = half;
    this.stride *= 2;
  }

  /** Index of the sample nearest to an epoch (binary search). */
  nearest(epoch) {
    let lo = 0;
    let hi = this.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.epoch[mid] < epoch) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && Math.abs(this.epoch[lo - 1] - epoch) < Math.abs(this.epoch[lo] - epoch)) lo--;
    return lo;
  }
}
