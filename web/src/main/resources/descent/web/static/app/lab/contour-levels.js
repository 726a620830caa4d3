// Splits the values of f on the grid into colour bands. Levels are evenly spaced in f, or in
// log(f - fmin) when most of the plot would otherwise be one flat band: Rosenbrock's valley floor
// is a thousand times lower than its walls, and linear levels would hide it.

export const BAND_COUNT = 14;
const TOP_QUANTILE = 0.98; // ignore the steepest 2 % so one wall does not flatten all the levels
const SKEW = 0.05; // log levels when the median sits in the lowest 5 % of the range

/** { bandOf(value) -> 0..BAND_COUNT-1 or -1 for NaN, logarithmic } for the given grid values. */
export function contourScale(values, preferLog) {
  const finite = Float64Array.from(values).filter(Number.isFinite).sort();
  if (finite.length === 0) {
    return { bandOf: () => -1, logarithmic: false };
  }
  const quantile = (q) => finite[Math.min(finite.length - 1, Math.floor(q * (finite.length - 1)))];
  const low = finite[0];
  const high = quantile(TOP_QUANTILE);
  const range = high - low || 1;
  const logarithmic = preferLog || quantile(0.5) - low < SKEW * range;
  let toUnit;
  if (logarithmic) {
    const epsilon = range * 1e-6;
    const bottom = Math.log(Math.max(quantile(0.01) - low, 0) + epsilon);
    const top = Math.log(range + epsilon);
    toUnit = (value) => (Math.log(value - low + epsilon) - bottom) / (top - bottom);
  } else {
    toUnit = (value) => (value - low) / range;
  }
  const bandOf = (value) => {
    if (!Number.isFinite(value)) {
      return -1;
    }
    const band = Math.floor(toUnit(value) * BAND_COUNT);
    return Math.max(0, Math.min(BAND_COUNT - 1, band));
  };
  return { bandOf, logarithmic };
}
