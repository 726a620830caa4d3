package descent.engine.experiment;

import descent.engine.json.JsonArray;
import descent.engine.json.JsonObject;
import descent.engine.json.JsonValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The network's shape, output, loss, initialisation and, optionally, explicit starting parameters. */
public final class NetworkSpec {

    private final List<HiddenLayer> hidden;
    private final OutputActivation output;
    private final Loss loss;
    private final WeightInit init;
    private final InitialParameters parameters;

    /** {@code parameters} is optional: null means the weights are drawn by {@code init}. */
    public NetworkSpec(List<HiddenLayer> hidden, OutputActivation output, Loss loss, WeightInit init,
                       InitialParameters parameters) {
        if (hidden == null || hidden.contains(null)) {
            throw new IllegalArgumentException("hidden must not be null or hold null");
        }
        if (output == null || loss == null || init == null) {
            throw new IllegalArgumentException("output, loss and init must not be null");
        }
        this.hidden = Collections.unmodifiableList(new ArrayList<>(hidden));
        this.output = output;
        this.loss = loss;
        this.init = init;
        this.parameters = parameters;
    }

    /** Hidden layers from input to output; may be empty. */
    public List<HiddenLayer> getHidden() {
        return hidden;
    }

    /** Output activation. */
    public OutputActivation getOutput() {
        return output;
    }

    /** Loss function. */
    public Loss getLoss() {
        return loss;
    }

    /** Weight initialisation scheme. */
    public WeightInit getInit() {
        return init;
    }

    /** Explicit starting weights and biases. */
    public Optional<InitialParameters> getInitialParameters() {
        return Optional.ofNullable(parameters);
    }

    JsonObject toJson() {
        List<JsonValue> layers = new ArrayList<>(hidden.size());
        for (HiddenLayer layer : hidden) {
            layers.add(layer.toJson());
        }
        JsonObject.Builder json = JsonObject.builder()
                .put("hidden", JsonArray.of(layers))
                .put("output", output.jsonName())
                .put("loss", loss.jsonName())
                .put("init", init.jsonName());
        if (parameters != null) {
            parameters.writeTo(json);
        }
        return json.build();
    }
}
