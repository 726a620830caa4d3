package descent.engine.experiment;

import descent.engine.json.JsonWriter;

/**
 * The canonical text of an experiment: sorted keys, no whitespace, shortest numbers. Documents with the
 * same content give the same text (whatever their key order, spacing or number spelling), so hashing it
 * gives a content address.
 */
public final class ExperimentCanonicalizer {

    private ExperimentCanonicalizer() {
    }

    /** The canonical JSON text of {@code experiment}. */
    public static String canonicalJson(Experiment experiment) {
        if (experiment == null) {
            throw new IllegalArgumentException("experiment must not be null");
        }
        return JsonWriter.canonical(experiment.toJson());
    }
}
