package descent.engine.experiment;

import descent.engine.json.JsonObject;

import java.util.Optional;

/** When training stops before the last epoch; each criterion is optional. */
public final class StopCriteria {

    private final Double gradientNorm;
    private final Double targetLoss;

    /** Either criterion may be null, meaning it is not used. */
    public StopCriteria(Double gradientNorm, Double targetLoss) {
        this.gradientNorm = gradientNorm;
        this.targetLoss = targetLoss;
    }

    /** Stop when the gradient's norm is at most this. */
    public Optional<Double> getGradientNorm() {
        return Optional.ofNullable(gradientNorm);
    }

    /** Stop when the training loss is at most this. */
    public Optional<Double> getTargetLoss() {
        return Optional.ofNullable(targetLoss);
    }

    JsonObject toJson() {
        JsonObject.Builder json = JsonObject.builder();
        if (gradientNorm != null) {
            json.put("gradientNorm", gradientNorm.doubleValue());
        }
        if (targetLoss != null) {
            json.put("targetLoss", targetLoss.doubleValue());
        }
        return json.build();
    }
}
