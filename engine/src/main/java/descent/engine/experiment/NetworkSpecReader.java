package descent.engine.experiment;

import descent.engine.json.JsonArray;
import descent.engine.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/** Reads the {@code network} object and applies the rules that tie output, loss and parameters together. */
final class NetworkSpecReader {

    private static final NumberRange UNITS = NumberRange.between(1, ExperimentLimits.MAX_UNITS);

    private NetworkSpecReader() {
    }

    /**
     * The network, or null if invalid. {@code inputCount} is the number of inputs when the document
     * determines it, or 0 when it does not (then the first weight matrix's rows are not checked).
     */
    static NetworkSpec read(ObjectReader reader, int inputCount) {
        int errorsBefore = reader.errorCount();
        reader.allowOnly("hidden", "output", "loss", "init", "weights", "biases");
        List<HiddenLayer> hidden = readHidden(reader);
        OutputActivation output = reader.name("output", true, OutputActivation.values());
        Loss loss = reader.name("loss", true, Loss.values());
        WeightInit init = reader.name("init", true, WeightInit.values());
        if (output != null && loss != null) {
            checkOutputMatchesLoss(reader, output, loss);
        }
        InitialParameters parameters = InitialParametersReader.read(reader, hidden, inputCount);
        if (reader.errorCount() != errorsBefore) {
            return null;
        }
        return new NetworkSpec(hidden, output, loss, init, parameters);
    }

    /** The hidden layers, or null if the list or any layer is invalid. */
    private static List<HiddenLayer> readHidden(ObjectReader reader) {
        JsonArray array = reader.array("hidden", true, 0, ExperimentLimits.MAX_HIDDEN_LAYERS, "layers");
        if (array == null) {
            return null;
        }
        ValueReader values = reader.values();
        int errorsBefore = values.errorCount();
        List<HiddenLayer> layers = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String path = reader.path("hidden") + "[" + i + "]";
            JsonObject object = values.object(array.get(i), path);
            if (object == null) {
                continue;
            }
            ObjectReader layer = new ObjectReader(object, path, values);
            layer.allowOnly("units", "activation");
            Integer units = layer.integer("units", true, UNITS);
            Activation activation = layer.name("activation", true, Activation.values());
            if (units != null && activation != null) {
                layers.add(new HiddenLayer(units, activation));
            }
        }
        return values.errorCount() == errorsBefore ? layers : null;
    }

    /** Softmax goes with cross-entropy (both ways); binary cross-entropy needs a sigmoid output. */
    private static void checkOutputMatchesLoss(ObjectReader reader, OutputActivation output, Loss loss) {
        if (output == OutputActivation.SOFTMAX && loss != Loss.CROSS_ENTROPY) {
            reader.error("loss", "output 'softmax' requires loss 'cross-entropy' (was '" + loss.jsonName() + "')");
        }
        if (loss == Loss.CROSS_ENTROPY && output != OutputActivation.SOFTMAX) {
            reader.error("output", "loss 'cross-entropy' requires output 'softmax' (was '" + output.jsonName() + "')");
        }
        if (loss == Loss.BINARY_CROSS_ENTROPY && output != OutputActivation.SIGMOID) {
            reader.error("output",
                    "loss 'binary-cross-entropy' requires output 'sigmoid' (was '" + output.jsonName() + "')");
        }
    }
}
