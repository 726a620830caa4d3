package descent.engine.experiment;

import descent.engine.json.JsonNumberFormat;

/** Reads {@code training.schedule}: a type and exactly the parameters that type requires. */
final class ScheduleReader {

    private static final String[] PARAMETERS = {LearningRateSchedule.EVERY, LearningRateSchedule.GAMMA,
            LearningRateSchedule.PERIOD, LearningRateSchedule.MIN_LEARNING_RATE};
    private static final NumberRange EPOCHS = NumberRange.between(1, ExperimentLimits.MAX_EPOCHS);
    private static final NumberRange GAMMA = NumberRange.aboveUpTo(0, 1);

    private ScheduleReader() {
    }

    /** The schedule, or null if invalid; {@code learningRate} (null if unknown) bounds minLearningRate. */
    static LearningRateSchedule read(ObjectReader reader, Double learningRate) {
        int errorsBefore = reader.errorCount();
        reader.allowOnly("type", LearningRateSchedule.EVERY, LearningRateSchedule.GAMMA,
                LearningRateSchedule.PERIOD, LearningRateSchedule.MIN_LEARNING_RATE);
        ScheduleType type = reader.name("type", true, ScheduleType.values());
        if (type == null) {
            return null;
        }
        for (String parameter : PARAMETERS) {
            if (!type.uses(parameter) && reader.has(parameter)) {
                reader.error(parameter, "not used by schedule '" + type.jsonName() + "'");
            }
        }
        Integer every = type.uses(LearningRateSchedule.EVERY)
                ? reader.integer(LearningRateSchedule.EVERY, true, EPOCHS) : null;
        Double gamma = type.uses(LearningRateSchedule.GAMMA)
                ? reader.number(LearningRateSchedule.GAMMA, true, GAMMA) : null;
        Integer period = type.uses(LearningRateSchedule.PERIOD)
                ? reader.integer(LearningRateSchedule.PERIOD, true, EPOCHS) : null;
        Double minimum = type.uses(LearningRateSchedule.MIN_LEARNING_RATE)
                ? reader.number(LearningRateSchedule.MIN_LEARNING_RATE, true, NumberRange.atLeast(0)) : null;
        if (minimum != null && learningRate != null && minimum > learningRate) {
            reader.error(LearningRateSchedule.MIN_LEARNING_RATE, "must not exceed training.learningRate ("
                    + JsonNumberFormat.format(learningRate) + ")");
        }
        if (reader.errorCount() != errorsBefore) {
            return null;
        }
        switch (type) {
            case CONSTANT:
                return LearningRateSchedule.constant();
            case STEP:
                return LearningRateSchedule.step(every, gamma);
            case EXPONENTIAL:
                return LearningRateSchedule.exponential(gamma);
            case COSINE:
                return LearningRateSchedule.cosine(period, minimum);
            default:
                return LearningRateSchedule.cyclical(period, minimum);
        }
    }
}
