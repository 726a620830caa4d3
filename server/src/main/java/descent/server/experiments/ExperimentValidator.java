package descent.server.experiments;

/**
 * Validates a document and gives its canonical form. The server does not own the rules: the
 * implementation delegates to the engine's validator, the same code the page runs, so page and
 * server accept exactly the same documents.
 */
@FunctionalInterface
public interface ExperimentValidator {
  ValidatedExperiment validate(String documentText) throws InvalidExperimentException;
}
