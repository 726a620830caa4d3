// Reads and checks the run settings typed into the form. Numbers may be written in any usual
// notation ("0.1", ".1", "1e-1"); anything else is reported by name, never silently replaced.

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function parseNumber(text) {
  const trimmed = text.trim();
  return NUMBER.test(trimmed) ? Number(trimmed) : NaN;
}

/**
 * { values } with learningRate, tolerance, maxSteps, x0, y0, optimizers, or { errorKey, params }
 * naming the first field that is wrong. y0 is only read for f(x, y).
 */
export function readSettings(fields, dimension, maxStepsLimit) {
  const learningRate = parseNumber(fields.learningRate.value);
  const tolerance = parseNumber(fields.tolerance.value);
  const maxSteps = parseNumber(fields.maxSteps.value);
  const x0 = parseNumber(fields.startX.value);
  const y0 = dimension === 2 ? parseNumber(fields.startY.value) : 0;
  const optimizers = fields.optimizers();
  const invalid = (field, errorKey, params = {}) => ({ errorKey, params, field });
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) {
    return invalid(fields.learningRate, 'invalid.learningRate');
  }
  if (!(tolerance > 0) || !Number.isFinite(tolerance)) {
    return invalid(fields.tolerance, 'invalid.tolerance');
  }
  if (!Number.isInteger(maxSteps) || maxSteps < 1 || maxSteps > maxStepsLimit) {
    return invalid(fields.maxSteps, 'invalid.maxSteps', { max: maxStepsLimit });
  }
  if (!Number.isFinite(x0)) {
    return invalid(fields.startX, 'invalid.start');
  }
  if (!Number.isFinite(y0)) {
    return invalid(fields.startY, 'invalid.start');
  }
  if (optimizers.length === 0) {
    return invalid(null, 'invalid.optimizers');
  }
  return { values: { learningRate, tolerance, maxSteps, x0, y0, optimizers } };
}
