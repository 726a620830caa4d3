package descent.engine.experiment;

import descent.engine.json.JsonArray;
import descent.engine.json.JsonObject;
import descent.engine.json.JsonString;
import descent.engine.json.JsonValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Training a neural network on data: kind "network". */
public final class NetworkExperiment extends Experiment {

    private final long seed;
    private final DataSpec data;
    private final List<InputFeature> features;
    private final NetworkSpec network;
    private final TrainingSpec training;

    /**
     * The title, description and parent are optional (null when absent). {@code features} is empty
     * unless the data is generated in 2-D.
     */
    public NetworkExperiment(String title, String description, String parent, long seed, DataSpec data,
                             List<InputFeature> features, NetworkSpec network, TrainingSpec training) {
        super(title, description, parent);
        if (data == null || network == null || training == null) {
            throw new IllegalArgumentException("data, network and training must not be null");
        }
        if (features == null || features.contains(null)) {
            throw new IllegalArgumentException("features must not be null or hold null");
        }
        this.seed = seed;
        this.data = data;
        this.features = Collections.unmodifiableList(new ArrayList<>(features));
        this.network = network;
        this.training = training;
    }

    @Override
    public ExperimentKind getKind() {
        return ExperimentKind.NETWORK;
    }

    /** Seed of every random choice (data, split, initial weights, batch order), so runs are repeatable. */
    public long getSeed() {
        return seed;
    }

    /** The data set. */
    public DataSpec getData() {
        return data;
    }

    /** Inputs computed from generated 2-D points; empty for other data. */
    public List<InputFeature> getFeatures() {
        return features;
    }

    /** The network. */
    public NetworkSpec getNetwork() {
        return network;
    }

    /** The training settings. */
    public TrainingSpec getTraining() {
        return training;
    }

    /** The number of network inputs: the features for generated data, otherwise the data's columns. */
    public int getInputCount() {
        return data.getSource().isPlane() ? features.size() : data.getInputCount();
    }

    @Override
    void writeFields(JsonObject.Builder json) {
        json.put("seed", seed).put("data", data.toJson());
        if (!features.isEmpty()) {
            List<JsonValue> names = new ArrayList<>(features.size());
            for (InputFeature feature : features) {
                names.add(JsonString.of(feature.jsonName()));
            }
            json.put("features", JsonArray.of(names));
        }
        json.put("network", network.toJson()).put("training", training.toJson());
    }
}
