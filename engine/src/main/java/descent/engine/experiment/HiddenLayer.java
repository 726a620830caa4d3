package descent.engine.experiment;

import descent.engine.json.JsonObject;

/** One hidden layer: its width and activation. */
public final class HiddenLayer {

    private final int units;
    private final Activation activation;

    /** A layer of {@code units} neurons; the validator checks the range. */
    public HiddenLayer(int units, Activation activation) {
        if (activation == null) {
            throw new IllegalArgumentException("activation must not be null");
        }
        this.units = units;
        this.activation = activation;
    }

    /** Number of neurons. */
    public int getUnits() {
        return units;
    }

    /** Activation of every neuron in the layer. */
    public Activation getActivation() {
        return activation;
    }

    JsonObject toJson() {
        return JsonObject.builder().put("units", units).put("activation", activation.jsonName()).build();
    }
}
