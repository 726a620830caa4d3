package descent.engine.experiment;

import descent.engine.json.JsonArray;
import descent.engine.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code network.weights} and {@code network.biases} and checks their shapes against the layers:
 * layer l's matrix has fan_in rows (the inputs for l = 0, else the previous layer's units) of fan_out
 * numbers (the layer's units; for the output layer, whatever the first row has).
 */
final class InitialParametersReader {

    /** Bound on a dimension the document does not fix: no layer is wider than this. */
    private static final int MAX_WIDTH = Math.max(ExperimentLimits.MAX_UNITS, ExperimentLimits.MAX_COLUMNS);

    private InitialParametersReader() {
    }

    /**
     * The parameters, or null if absent or invalid. {@code hidden} is null when the hidden layers are
     * invalid and {@code inputCount} is 0 when unknown: the dimensions they fix are then only checked for
     * consistency.
     */
    static InitialParameters read(ObjectReader reader, List<HiddenLayer> hidden, int inputCount) {
        boolean hasWeights = reader.has("weights");
        boolean hasBiases = reader.has("biases");
        if (!hasWeights && !hasBiases) {
            return null;
        }
        int errorsBefore = reader.errorCount();
        if (!hasBiases) {
            reader.error("biases", "is required when network.weights is given");
        }
        if (!hasWeights) {
            reader.error("weights", "is required when network.biases is given");
        }
        int layerCount = hidden == null ? 0 : hidden.size() + 1;
        JsonArray weights = readLayerList(reader, "weights", layerCount,
                "matrices, one per hidden layer and one for the output");
        int[] fanOut = new int[weights == null ? 0 : weights.size()];
        List<double[][]> matrices = weights == null ? null : readMatrices(reader, weights, hidden, inputCount, fanOut);
        JsonArray biases = readLayerList(reader, "biases", weights == null ? layerCount : weights.size(),
                "vectors, one per layer");
        List<double[]> vectors = biases == null || weights == null ? null : readVectors(reader, biases, fanOut);
        if (reader.errorCount() != errorsBefore || matrices == null || vectors == null) {
            return null;
        }
        return new InitialParameters(matrices, vectors);
    }

    private static JsonArray readLayerList(ObjectReader reader, String key, int layerCount, String items) {
        if (!reader.has(key)) {
            return null;
        }
        return layerCount > 0
                ? reader.array(key, true, layerCount, layerCount, items)
                : reader.array(key, true, 1, ExperimentLimits.MAX_HIDDEN_LAYERS + 1, items);
    }

    /** Reads every matrix, recording each layer's fan_out (0 if unknown) in {@code fanOut}. */
    private static List<double[][]> readMatrices(ObjectReader reader, JsonArray weights, List<HiddenLayer> hidden,
                                                 int inputCount, int[] fanOut) {
        List<double[][]> matrices = new ArrayList<>(weights.size());
        int fanIn = inputCount;
        boolean valid = true;
        for (int layer = 0; layer < weights.size(); layer++) {
            int units = hidden != null && layer < hidden.size() ? hidden.get(layer).getUnits() : 0;
            double[][] matrix = readMatrix(reader.values(), weights.get(layer),
                    reader.path("weights") + "[" + layer + "]", fanIn, units);
            fanOut[layer] = units > 0 ? units : (matrix == null ? 0 : matrix[0].length);
            fanIn = fanOut[layer];
            valid &= matrix != null;
            matrices.add(matrix);
        }
        return valid ? matrices : null;
    }

    /** A matrix of {@code rows} × {@code columns} finite numbers; a dimension of 0 is unknown and read from the data. */
    private static double[][] readMatrix(ValueReader values, JsonValue value, String path, int rows, int columns) {
        JsonArray matrix = rows > 0
                ? values.array(value, path, rows, rows, "rows (fan_in)")
                : values.array(value, path, 1, MAX_WIDTH, "rows (fan_in)");
        if (matrix == null) {
            return null;
        }
        int errorsBefore = values.errorCount();
        double[][] result = new double[matrix.size()][];
        int width = columns;
        for (int row = 0; row < matrix.size(); row++) {
            String rowPath = path + "[" + row + "]";
            JsonArray numbers = width > 0
                    ? values.array(matrix.get(row), rowPath, width, width, "columns (fan_out)")
                    : values.array(matrix.get(row), rowPath, 1, MAX_WIDTH, "columns (fan_out)");
            if (numbers == null) {
                continue;
            }
            width = numbers.size();
            result[row] = values.numbers(numbers, rowPath);
        }
        return values.errorCount() == errorsBefore ? result : null;
    }

    private static List<double[]> readVectors(ObjectReader reader, JsonArray biases, int[] fanOut) {
        ValueReader values = reader.values();
        int errorsBefore = values.errorCount();
        List<double[]> vectors = new ArrayList<>(biases.size());
        for (int layer = 0; layer < biases.size(); layer++) {
            String path = reader.path("biases") + "[" + layer + "]";
            int width = layer < fanOut.length ? fanOut[layer] : 0;
            JsonArray vector = width > 0
                    ? values.array(biases.get(layer), path, width, width, "values (fan_out)")
                    : values.array(biases.get(layer), path, 1, MAX_WIDTH, "values (fan_out)");
            vectors.add(vector == null ? null : values.numbers(vector, path));
        }
        return values.errorCount() == errorsBefore ? vectors : null;
    }
}
