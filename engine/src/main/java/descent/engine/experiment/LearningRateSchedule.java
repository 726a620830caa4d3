package descent.engine.experiment;

import descent.engine.json.JsonObject;

import java.util.Optional;

/** How the learning rate changes over the epochs; see {@link ScheduleType} for what each type requires. */
public final class LearningRateSchedule {

    /** Epochs between two steps of a step schedule. */
    public static final String EVERY = "every";
    /** Factor applied at each step (step) or epoch (exponential). */
    public static final String GAMMA = "gamma";
    /** Length in epochs of one cosine or cyclical cycle. */
    public static final String PERIOD = "period";
    /** Lowest learning rate of a cosine or cyclical schedule. */
    public static final String MIN_LEARNING_RATE = "minLearningRate";

    private final ScheduleType type;
    private final Integer every;
    private final Double gamma;
    private final Integer period;
    private final Double minLearningRate;

    private LearningRateSchedule(ScheduleType type, Integer every, Double gamma, Integer period, Double minLearningRate) {
        this.type = type;
        this.every = every;
        this.gamma = gamma;
        this.period = period;
        this.minLearningRate = minLearningRate;
    }

    /** The learning rate never changes. */
    public static LearningRateSchedule constant() {
        return new LearningRateSchedule(ScheduleType.CONSTANT, null, null, null, null);
    }

    /** Multiply by {@code gamma} every {@code every} epochs. */
    public static LearningRateSchedule step(int every, double gamma) {
        return new LearningRateSchedule(ScheduleType.STEP, every, gamma, null, null);
    }

    /** Multiply by {@code gamma} after each epoch. */
    public static LearningRateSchedule exponential(double gamma) {
        return new LearningRateSchedule(ScheduleType.EXPONENTIAL, null, gamma, null, null);
    }

    /** Cosine annealing down to {@code minLearningRate} over {@code period} epochs. */
    public static LearningRateSchedule cosine(int period, double minLearningRate) {
        return new LearningRateSchedule(ScheduleType.COSINE, null, null, period, minLearningRate);
    }

    /** Triangle wave down to {@code minLearningRate} and back over {@code period} epochs. */
    public static LearningRateSchedule cyclical(int period, double minLearningRate) {
        return new LearningRateSchedule(ScheduleType.CYCLICAL, null, null, period, minLearningRate);
    }

    /** Which schedule. */
    public ScheduleType getType() {
        return type;
    }

    /** Epochs between steps (step only). */
    public Optional<Integer> getEvery() {
        return Optional.ofNullable(every);
    }

    /** Decay factor (step and exponential). */
    public Optional<Double> getGamma() {
        return Optional.ofNullable(gamma);
    }

    /** Cycle length in epochs (cosine and cyclical). */
    public Optional<Integer> getPeriod() {
        return Optional.ofNullable(period);
    }

    /** Lowest learning rate (cosine and cyclical). */
    public Optional<Double> getMinLearningRate() {
        return Optional.ofNullable(minLearningRate);
    }

    JsonObject toJson() {
        JsonObject.Builder json = JsonObject.builder().put("type", type.jsonName());
        if (every != null) {
            json.put(EVERY, every.longValue());
        }
        if (gamma != null) {
            json.put(GAMMA, gamma.doubleValue());
        }
        if (period != null) {
            json.put(PERIOD, period.longValue());
        }
        if (minLearningRate != null) {
            json.put(MIN_LEARNING_RATE, minLearningRate.doubleValue());
        }
        return json.build();
    }
}
