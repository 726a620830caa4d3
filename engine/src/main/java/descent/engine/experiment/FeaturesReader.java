package descent.engine.experiment;

import descent.engine.json.JsonArray;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reads the top-level {@code features} list, which generated 2-D data requires and other data forbids. */
final class FeaturesReader {

    private FeaturesReader() {
    }

    /**
     * The features, an empty list for data that takes none, or null if invalid. {@code source} is null
     * when the data source is unknown; then a features list is checked if present but not required.
     */
    static List<InputFeature> read(ObjectReader root, DataSource source) {
        if (source != null && !source.isPlane()) {
            root.forbid("features", "allowed only for 2-D points (source was '" + source.jsonName() + "')");
            return root.has("features") ? null : Collections.emptyList();
        }
        JsonArray array = root.array("features", source != null, 1, InputFeature.values().length, "features");
        if (array == null) {
            return null;
        }
        ValueReader values = root.values();
        int errorsBefore = values.errorCount();
        List<InputFeature> features = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String path = root.path("features") + "[" + i + "]";
            InputFeature feature = values.name(array.get(i), path, InputFeature.values());
            if (feature != null && features.contains(feature)) {
                values.error(path, "duplicate feature '" + feature.jsonName() + "'");
            }
            features.add(feature);
        }
        return values.errorCount() == errorsBefore ? features : null;
    }
}
