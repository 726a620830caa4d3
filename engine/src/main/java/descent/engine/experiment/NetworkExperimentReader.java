package descent.engine.experiment;

import java.util.List;

/** Reads the fields of a document of kind "network". */
final class NetworkExperimentReader {

    private static final String[] OWN_FIELDS = {"seed", "data", "features", "network", "training"};

    private NetworkExperimentReader() {
    }

    /** The experiment, or null if anything is invalid. */
    static NetworkExperiment read(ObjectReader root) {
        int errorsBefore = root.errorCount();
        root.allowOnly(CommonFieldsReader.FIELDS, OWN_FIELDS);
        String title = CommonFieldsReader.title(root);
        String description = CommonFieldsReader.description(root);
        String parent = CommonFieldsReader.parent(root);
        Long seed = root.longInteger("seed", true, NumberRange.between(0, ExperimentLimits.MAX_SEED));

        ObjectReader dataReader = root.child("data", true);
        DataSource source = dataReader == null ? null : DataSpecReader.peekSource(dataReader);
        DataSpec data = dataReader == null ? null : DataSpecReader.read(dataReader);
        List<InputFeature> features = FeaturesReader.read(root, source);

        ObjectReader networkReader = root.child("network", true);
        NetworkSpec network = networkReader == null ? null
                : NetworkSpecReader.read(networkReader, inputCount(data, features));
        ObjectReader trainingReader = root.child("training", true);
        TrainingSpec training = trainingReader == null ? null : TrainingSpecReader.read(trainingReader);

        if (root.errorCount() != errorsBefore) {
            return null;
        }
        return new NetworkExperiment(title, description, parent, seed, data, features, network, training);
    }

    /** The number of network inputs, or 0 when invalid data or features leave it unknown. */
    private static int inputCount(DataSpec data, List<InputFeature> features) {
        if (data == null) {
            return 0;
        }
        if (data.getSource().isPlane()) {
            return features == null ? 0 : features.size();
        }
        return data.getInputCount();
    }
}
