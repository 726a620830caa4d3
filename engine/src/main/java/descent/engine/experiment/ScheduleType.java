package descent.engine.experiment;

/** How the learning rate changes over the epochs, with the parameters each kind requires. */
public enum ScheduleType implements JsonName {
    /** The learning rate never changes. */
    CONSTANT("constant"),
    /** Multiplied by {@code gamma} every {@code every} epochs. */
    STEP("step", LearningRateSchedule.EVERY, LearningRateSchedule.GAMMA),
    /** Multiplied by {@code gamma} after each epoch. */
    EXPONENTIAL("exponential", LearningRateSchedule.GAMMA),
    /** Cosine annealing from the learning rate down to {@code minLearningRate} over {@code period} epochs, then again. */
    COSINE("cosine", LearningRateSchedule.PERIOD, LearningRateSchedule.MIN_LEARNING_RATE),
    /** Triangle wave between {@code minLearningRate} and the learning rate, one cycle per {@code period} epochs. */
    CYCLICAL("cyclical", LearningRateSchedule.PERIOD, LearningRateSchedule.MIN_LEARNING_RATE);

    private final String jsonName;
    private final String[] parameters;

    ScheduleType(String jsonName, String... parameters) {
        this.jsonName = jsonName;
        this.parameters = parameters;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** Whether this schedule requires the parameter {@code name}; it accepts no others. */
    public boolean uses(String name) {
        return JsonNames.contains(parameters, name);
    }

    /** The value named {@code name}, or null if none is. */
    public static ScheduleType fromJsonName(String name) {
        return JsonNames.find(values(), name);
    }
}
