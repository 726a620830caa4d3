package descent.engine.experiment;

/**
 * Reads an optimizer: "optimizer", "learningRate" and the optional parameters, which must be ones the
 * optimizer uses. Shared by the training object and the entries of a function experiment.
 */
final class OptimizerSpecReader {

    /** The fields an optimizer reads. */
    static final String[] FIELDS = {"optimizer", "learningRate",
            OptimizerSpec.MOMENTUM, OptimizerSpec.BETA1, OptimizerSpec.BETA2, OptimizerSpec.EPSILON, OptimizerSpec.RHO};

    private static final NumberRange LEARNING_RATE = NumberRange.aboveUpTo(0, ExperimentLimits.MAX_LEARNING_RATE);
    /** Momentum, beta1, beta2 and rho: a decay of 1 would never forget, so 1 is excluded. */
    private static final NumberRange DECAY = NumberRange.fromBelow(0, 1);
    private static final NumberRange EPSILON = NumberRange.above(0);

    private OptimizerSpecReader() {
    }

    /** The optimizer, or null if any of its fields is invalid. Unknown fields are the caller's to check. */
    static OptimizerSpec read(ObjectReader reader) {
        int errorsBefore = reader.errorCount();
        OptimizerType type = reader.name("optimizer", true, OptimizerType.values());
        Double learningRate = reader.number("learningRate", true, LEARNING_RATE);
        Double[] values = new Double[OptimizerSpec.PARAMETERS.length];
        for (int i = 0; i < values.length; i++) {
            String parameter = OptimizerSpec.PARAMETERS[i];
            if (type != null && !type.uses(parameter)) {
                reader.forbid(parameter, "not used by optimizer '" + type.jsonName() + "'");
            } else {
                values[i] = reader.number(parameter, false, OptimizerSpec.EPSILON.equals(parameter) ? EPSILON : DECAY);
            }
        }
        if (reader.errorCount() != errorsBefore) {
            return null;
        }
        OptimizerSpec spec = OptimizerSpec.of(type, learningRate);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                spec = spec.with(OptimizerSpec.PARAMETERS[i], values[i]);
            }
        }
        return spec;
    }
}
