package descent.engine.experiment;

import descent.engine.json.JsonException;
import descent.engine.json.JsonNumber;
import descent.engine.json.JsonObject;
import descent.engine.json.JsonParser;
import descent.engine.json.JsonValue;

/**
 * Reads and checks experiment documents (format version 1). The same code runs in the page and on the
 * server, so both accept exactly the same documents. All errors are collected (up to
 * {@value ExperimentLimits#MAX_ERRORS}), each naming its field's path.
 */
public final class ExperimentValidator {

    private static final String SCHEMA_VERSION = "schemaVersion";

    private ExperimentValidator() {
    }

    /**
     * Validates document text: its size (at most {@value ExperimentLimits#MAX_DOCUMENT_BYTES} bytes of UTF-8,
     * checked first), its JSON syntax, then its fields.
     *
     * @throws IllegalArgumentException if {@code documentText} is null
     */
    public static ValidationResult validate(String documentText) {
        if (documentText == null) {
            throw new IllegalArgumentException("documentText must not be null");
        }
        long bytes = utf8Length(documentText);
        if (bytes > ExperimentLimits.MAX_DOCUMENT_BYTES) {
            return failure("must be at most " + ExperimentLimits.MAX_DOCUMENT_BYTES + " bytes of UTF-8 (was " + bytes + ")");
        }
        JsonValue document;
        try {
            document = JsonParser.parse(documentText);
        } catch (JsonException e) {
            return failure(e.getMessage());
        }
        return validate(document);
    }

    /**
     * Validates an already parsed document.
     *
     * @throws IllegalArgumentException if {@code document} is null
     */
    public static ValidationResult validate(JsonValue document) {
        if (document == null) {
            throw new IllegalArgumentException("document must not be null");
        }
        if (!(document instanceof JsonObject)) {
            return failure("must be a JSON object");
        }
        ErrorCollector errors = new ErrorCollector();
        ObjectReader root = new ObjectReader((JsonObject) document, "", new ValueReader(errors));
        Experiment experiment = read(root, errors);
        return experiment != null && errors.count() == 0
                ? ValidationResult.valid(experiment)
                : ValidationResult.invalid(errors.toList());
    }

    private static Experiment read(ObjectReader root, ErrorCollector errors) {
        Long version = root.longInteger(SCHEMA_VERSION, true, NumberRange.ANY);
        if (version != null && version != ExperimentLimits.SCHEMA_VERSION) {
            // Another version may differ in any field, so listing its fields' errors would only mislead.
            String written = ((JsonNumber) root.field(SCHEMA_VERSION, true)).text();
            errors.add(SCHEMA_VERSION, "unsupported version " + TextRules.shortened(written)
                    + "; this validator reads version " + ExperimentLimits.SCHEMA_VERSION);
            return null;
        }
        ExperimentKind kind = root.name("kind", true, ExperimentKind.values());
        if (kind == null) {
            return null;
        }
        return kind == ExperimentKind.NETWORK ? NetworkExperimentReader.read(root) : FunctionExperimentReader.read(root);
    }

    private static ValidationResult failure(String message) {
        ErrorCollector errors = new ErrorCollector();
        errors.add(ValidationError.DOCUMENT, message);
        return ValidationResult.invalid(errors.toList());
    }

    /** UTF-8 length without encoding; a lone surrogate counts as the 3 bytes of its replacement character. */
    private static long utf8Length(String text) {
        long bytes = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
