package descent.server.experiments;

/**
 * A document that passed validation, in canonical form (sorted keys, shortest numbers, no
 * whitespace): the text that is hashed and stored.
 *
 * @param canonicalJson the canonical text
 * @param kind "network" or "function"
 * @param title the title, or null
 * @param description the description, or null
 * @param parent the parent id the document names, or null
 */
public record ValidatedExperiment(String canonicalJson, String kind, String title,
    String description, String parent) {
}
