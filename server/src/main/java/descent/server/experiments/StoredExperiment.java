package descent.server.experiments;

/**
 * One saved experiment as the store keeps it.
 *
 * @param id the content address (see {@link ExperimentIds})
 * @param document the canonical JSON text of the document
 * @param kind "network" or "function"
 * @param title the document's title, or null
 * @param parent the id it was derived from, or null
 * @param createdAt when it was first stored, in milliseconds since the epoch
 */
public record StoredExperiment(String id, String document, String kind, String title,
    String parent, long createdAt) {
}
