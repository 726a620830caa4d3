package descent.engine.experiment;

import descent.engine.json.JsonObject;

import java.util.Optional;

/** How a network is trained: optimizer, batches, epochs, regularization, schedule and stop criteria. */
public final class TrainingSpec {

    /** The batch size that means "the whole training set in one batch". */
    public static final int FULL_BATCH = 0;

    private final OptimizerSpec optimizer;
    private final int batchSize;
    private final int epochs;
    private final Regularization regularization;
    private final double regularizationRate;
    private final Double clipNorm;
    private final LearningRateSchedule schedule;
    private final StopCriteria stop;

    /** The clip norm, schedule and stop criteria are optional: null when absent. */
    public TrainingSpec(OptimizerSpec optimizer, int batchSize, int epochs, Regularization regularization,
                        double regularizationRate, Double clipNorm, LearningRateSchedule schedule, StopCriteria stop) {
        if (optimizer == null) {
            throw new IllegalArgumentException("optimizer must not be null");
        }
        if (regularization == null) {
            throw new IllegalArgumentException("regularization must not be null");
        }
        this.optimizer = optimizer;
        this.batchSize = batchSize;
        this.epochs = epochs;
        this.regularization = regularization;
        this.regularizationRate = regularizationRate;
        this.clipNorm = clipNorm;
        this.schedule = schedule;
        this.stop = stop;
    }

    /** Optimizer, learning rate and optimizer parameters. */
    public OptimizerSpec getOptimizer() {
        return optimizer;
    }

    /** Examples per gradient step; {@link #FULL_BATCH} (0) means the whole training set. */
    public int getBatchSize() {
        return batchSize;
    }

    /** Passes over the training set. */
    public int getEpochs() {
        return epochs;
    }

    /** Weight penalty. */
    public Regularization getRegularization() {
        return regularization;
    }

    /** Weight of the penalty in the loss. */
    public double getRegularizationRate() {
        return regularizationRate;
    }

    /** Largest gradient norm; longer gradients are scaled down to it. */
    public Optional<Double> getClipNorm() {
        return Optional.ofNullable(clipNorm);
    }

    /** Learning-rate schedule; absent means constant. */
    public Optional<LearningRateSchedule> getSchedule() {
        return Optional.ofNullable(schedule);
    }

    /** Early-stop criteria. */
    public Optional<StopCriteria> getStop() {
        return Optional.ofNullable(stop);
    }

    JsonObject toJson() {
        JsonObject.Builder json = JsonObject.builder();
        optimizer.writeTo(json);
        json.put("batchSize", batchSize)
                .put("epochs", epochs)
                .put("regularization", regularization.jsonName())
                .put("regularizationRate", regularizationRate);
        if (clipNorm != null) {
            json.put("clipNorm", clipNorm.doubleValue());
        }
        if (schedule != null) {
            json.put("schedule", schedule.toJson());
        }
        if (stop != null) {
            json.put("stop", stop.toJson());
        }
        return json.build();
    }
}
