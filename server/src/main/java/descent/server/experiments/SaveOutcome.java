package descent.server.experiments;

/**
 * The result of a save.
 *
 * @param id the experiment's id
 * @param created true if this save stored it, false if the same content was already stored
 */
public record SaveOutcome(String id, boolean created) {
}
