package descent.engine.experiment;

import descent.engine.json.JsonObject;
import descent.engine.json.JsonWriter;

import java.util.Optional;

/**
 * A validated experiment document: a {@link NetworkExperiment} or a {@link FunctionExperiment}.
 * Instances are immutable. Use {@link ExperimentValidator} to read one from text; constructors only
 * check for missing parts, the validator checks ranges and cross-field rules.
 */
public abstract class Experiment {

    private final String title;
    private final String description;
    private final String parent;

    /** The title, description and parent are optional: null when absent. */
    Experiment(String title, String description, String parent) {
        this.title = title;
        this.description = description;
        this.parent = parent;
    }

    /** The format version: always {@value ExperimentLimits#SCHEMA_VERSION}. */
    public int getSchemaVersion() {
        return ExperimentLimits.SCHEMA_VERSION;
    }

    /** Network or function. */
    public abstract ExperimentKind getKind();

    /** The title shown to people, as plain text. */
    public Optional<String> getTitle() {
        return Optional.ofNullable(title);
    }

    /** A longer plain-text description. */
    public Optional<String> getDescription() {
        return Optional.ofNullable(description);
    }

    /** The id of the experiment this one was derived from. */
    public Optional<String> getParent() {
        return Optional.ofNullable(parent);
    }

    /** The document as a JSON tree; it validates again and is equal to the original in canonical form. */
    public final JsonObject toJson() {
        JsonObject.Builder json = JsonObject.builder()
                .put("schemaVersion", ExperimentLimits.SCHEMA_VERSION)
                .put("kind", getKind().jsonName());
        if (title != null) {
            json.put("title", title);
        }
        if (description != null) {
            json.put("description", description);
        }
        if (parent != null) {
            json.put("parent", parent);
        }
        writeFields(json);
        return json.build();
    }

    /** The document as compact JSON text. */
    public final String toJsonText() {
        return JsonWriter.compact(toJson());
    }

    /** Adds the fields specific to the kind. */
    abstract void writeFields(JsonObject.Builder json);

    @Override
    public String toString() {
        return toJsonText();
    }
}
