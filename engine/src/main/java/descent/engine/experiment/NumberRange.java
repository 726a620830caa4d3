package descent.engine.experiment;

import descent.engine.json.JsonNumberFormat;

/** An interval of allowed values, able to say in words what it allows. */
final class NumberRange {

    /** Any finite number. */
    static final NumberRange ANY = new NumberRange(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

    private final double min;
    private final boolean minInclusive;
    private final double max;
    private final boolean maxInclusive;

    private NumberRange(double min, boolean minInclusive, double max, boolean maxInclusive) {
        this.min = min;
        this.minInclusive = minInclusive;
        this.max = max;
        this.maxInclusive = maxInclusive;
    }

    /** [min, max]. */
    static NumberRange between(double min, double max) {
        return new NumberRange(min, true, max, true);
    }

    /** (min, max]. */
    static NumberRange aboveUpTo(double min, double max) {
        return new NumberRange(min, false, max, true);
    }

    /** [min, max). */
    static NumberRange fromBelow(double min, double max) {
        return new NumberRange(min, true, max, false);
    }

    /** [min, infinity). */
    static NumberRange atLeast(double min) {
        return new NumberRange(min, true, Double.POSITIVE_INFINITY, false);
    }

    /** (min, infinity). */
    static NumberRange above(double min) {
        return new NumberRange(min, false, Double.POSITIVE_INFINITY, false);
    }

    boolean contains(double value) {
        boolean aboveMin = minInclusive ? value >= min : value > min;
        boolean belowMax = maxInclusive ? value <= max : value < max;
        return aboveMin && belowMax;
    }

    /** E.g. "must be between 1 and 256" or "must be greater than 0 and at most 100". */
    String describe() {
        boolean bounded = !Double.isInfinite(max);
        if (minInclusive && maxInclusive) {
            return "must be between " + format(min) + " and " + format(max);
        }
        String lower = minInclusive ? "at least " + format(min) : "greater than " + format(min);
        if (!bounded) {
            return "must be " + lower;
        }
        String upper = maxInclusive ? "at most " + format(max) : "less than " + format(max);
        return "must be " + lower + " and " + upper;
    }

    private static String format(double bound) {
        return JsonNumberFormat.format(bound);
    }
}
