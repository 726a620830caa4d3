package descent.engine.experiment;

import descent.engine.json.JsonArray;
import descent.engine.json.JsonObject;
import descent.engine.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Explicit starting weights and biases, one layer after another (hidden layers, then the output layer).
 * Layer {@code l}'s weight matrix has fan_in rows of fan_out columns; its bias vector has fan_out values.
 */
public final class InitialParameters {

    private final double[][][] weights;
    private final double[][] biases;

    /** Copies both lists; they must have one entry per layer. */
    public InitialParameters(List<double[][]> weights, List<double[]> biases) {
        if (weights == null || biases == null) {
            throw new IllegalArgumentException("weights and biases must not be null");
        }
        if (weights.size() != biases.size()) {
            throw new IllegalArgumentException("weights and biases must have one entry per layer (were "
                    + weights.size() + " and " + biases.size() + ")");
        }
        this.weights = new double[weights.size()][][];
        this.biases = new double[biases.size()][];
        for (int layer = 0; layer < weights.size(); layer++) {
            this.weights[layer] = copy(weights.get(layer), "weights[" + layer + "]");
            if (biases.get(layer) == null) {
                throw new IllegalArgumentException("biases[" + layer + "] must not be null");
            }
            this.biases[layer] = biases.get(layer).clone();
        }
    }

    /** Number of layers, output layer included. */
    public int getLayerCount() {
        return weights.length;
    }

    /** A copy of layer {@code layer}'s fan_in × fan_out weight matrix. */
    public double[][] getWeights(int layer) {
        return copy(weights[layer], "weights[" + layer + "]");
    }

    /** A copy of layer {@code layer}'s biases. */
    public double[] getBiases(int layer) {
        return biases[layer].clone();
    }

    JsonArray weightsJson() {
        List<JsonValue> layers = new ArrayList<>(weights.length);
        for (double[][] matrix : weights) {
            List<JsonValue> rows = new ArrayList<>(matrix.length);
            for (double[] row : matrix) {
                rows.add(JsonArray.ofNumbers(row));
            }
            layers.add(JsonArray.of(rows));
        }
        return JsonArray.of(layers);
    }

    JsonArray biasesJson() {
        List<JsonValue> layers = new ArrayList<>(biases.length);
        for (double[] vector : biases) {
            layers.add(JsonArray.ofNumbers(vector));
        }
        return JsonArray.of(layers);
    }

    void writeTo(JsonObject.Builder json) {
        json.put("weights", weightsJson()).put("biases", biasesJson());
    }

    private static double[][] copy(double[][] matrix, String name) {
        if (matrix == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        double[][] copy = new double[matrix.length][];
        for (int row = 0; row < matrix.length; row++) {
            if (matrix[row] == null) {
                throw new IllegalArgumentException(name + "[" + row + "] must not be null");
            }
            copy[row] = matrix[row].clone();
        }
        return copy;
    }
}
