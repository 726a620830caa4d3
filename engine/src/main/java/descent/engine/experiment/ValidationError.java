package descent.engine.experiment;

/**
 * One problem in a document: the path of the field (e.g. {@code network.hidden[2].units}, or
 * {@code (document)} for the document as a whole) and what is wrong with it.
 */
public final class ValidationError {

    /** The field name used for problems of the whole document, such as JSON syntax errors. */
    public static final String DOCUMENT = "(document)";

    private final String field;
    private final String message;

    /** Both arguments must be non-null. */
    public ValidationError(String field, String message) {
        if (field == null || message == null) {
            throw new IllegalArgumentException("field and message must not be null");
        }
        this.field = field;
        this.message = message;
    }

    /** Path of the offending field, e.g. {@code training.learningRate}. */
    public String getField() {
        return field;
    }

    /** What is wrong, e.g. {@code must be a number}. */
    public String getMessage() {
        return message;
    }

    /** "field: message". */
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
