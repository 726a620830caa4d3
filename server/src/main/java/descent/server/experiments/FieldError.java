package descent.server.experiments;

/** One problem with a document: the path of the field (e.g. {@code network.hidden[2].units}). */
public record FieldError(String field, String message) {
}
