package descent.engine.experiment;

/** Reads the {@code training} object of a network experiment. */
final class TrainingSpecReader {

    private static final String[] OWN_FIELDS = {"batchSize", "epochs", "regularization", "regularizationRate",
            "clipNorm", "schedule", "stop"};

    private TrainingSpecReader() {
    }

    /** The training settings, or null if any is invalid. */
    static TrainingSpec read(ObjectReader reader) {
        int errorsBefore = reader.errorCount();
        reader.allowOnly(OptimizerSpecReader.FIELDS, OWN_FIELDS);
        OptimizerSpec optimizer = OptimizerSpecReader.read(reader);
        Integer batchSize = reader.integer("batchSize", true, NumberRange.between(0, ExperimentLimits.MAX_BATCH_SIZE));
        Integer epochs = reader.integer("epochs", true, NumberRange.between(1, ExperimentLimits.MAX_EPOCHS));
        Regularization regularization = reader.name("regularization", true, Regularization.values());
        Double regularizationRate = reader.number("regularizationRate", true,
                NumberRange.between(0, ExperimentLimits.MAX_REGULARIZATION_RATE));
        Double clipNorm = reader.number("clipNorm", false, NumberRange.above(0));

        ObjectReader scheduleReader = reader.child("schedule", false);
        LearningRateSchedule schedule = scheduleReader == null ? null
                : ScheduleReader.read(scheduleReader, optimizer == null ? null : optimizer.getLearningRate());
        ObjectReader stopReader = reader.child("stop", false);
        StopCriteria stop = stopReader == null ? null : readStop(stopReader);

        if (reader.errorCount() != errorsBefore) {
            return null;
        }
        return new TrainingSpec(optimizer, batchSize, epochs, regularization, regularizationRate, clipNorm, schedule, stop);
    }

    private static StopCriteria readStop(ObjectReader reader) {
        int errorsBefore = reader.errorCount();
        reader.allowOnly("gradientNorm", "targetLoss");
        Double gradientNorm = reader.number("gradientNorm", false, NumberRange.atLeast(0));
        Double targetLoss = reader.number("targetLoss", false, NumberRange.atLeast(0));
        return reader.errorCount() == errorsBefore ? new StopCriteria(gradientNorm, targetLoss) : null;
    }
}
