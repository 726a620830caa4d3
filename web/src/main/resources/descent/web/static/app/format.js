// Number formatting for read-outs: short, stable width, and honest about NaN and infinity.
export function formatLoss(value) {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) < 1e-4 || Math.abs(value) >= 1e6)) {
    return value.toExponential(3);
  }
  return value.toPrecision(6);
}

export function formatShort(value) {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs < 1e-3 || abs >= 1e4) return value.toExponential(2);
  return value.toPrecision(3);
}

export function formatPercent(value) {
  return Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : '-';
}
