package descent.server.experiments;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Saving and reading experiments; knows nothing of HTTP. Experiments are immutable and content
 * addressed: the same canonical content always gets the same id, and an edit is a new document
 * (with a new id) whose "parent" names the one it came from.
 */
public final class ExperimentService {
  private final ExperimentStore store;
  private final ExperimentValidator validator;
  private final Clock clock;

  public ExperimentService(ExperimentStore store, ExperimentValidator validator, Clock clock) {
    this.store = store;
    this.validator = validator;
    this.clock = clock;
  }

  /** Validates and stores {@code documentText}; an identical document answers its existing id. */
  public SaveOutcome save(String documentText) throws InvalidExperimentException {
    ValidatedExperiment experiment = validator.validate(documentText);
    if (experiment.parent() != null && !exists(experiment.parent())) {
      // A dangling parent would be a broken "forked from" link forever: stored rows never change.
      throw new InvalidExperimentException(List.of(new FieldError("parent",
          "no experiment has the id '" + experiment.parent() + "'")));
    }
    return store(experiment);
  }

  private SaveOutcome store(ValidatedExperiment experiment) {
    String address = ExperimentIds.fullAddress(experiment.canonicalJson());
    // Try the short id first; only if another document holds it, a longer prefix of our own hash.
    for (int length = ExperimentIds.SHORT_LENGTH; length <= ExperimentIds.FULL_LENGTH; length++) {
      String id = address.substring(0, length);
      StoredExperiment row = new StoredExperiment(id, experiment.canonicalJson(), experiment.kind(),
          experiment.title(), experiment.parent(), clock.millis());
      if (store.insertIfAbsent(row)) {
        return new SaveOutcome(id, true);
      }
      Optional<StoredExperiment> existing = store.find(id);
      if (existing.isPresent() && existing.get().document().equals(experiment.canonicalJson())) {
        return new SaveOutcome(id, false);
      }
    }
    throw new IllegalStateException("two documents with the same SHA-256: " + address);
  }

  public Optional<StoredExperiment> find(String id) {
    if (!ExperimentIds.isWellFormed(id)) {
      return Optional.empty();
    }
    return store.find(id);
  }

  public boolean exists(String id) {
    return find(id).isPresent();
  }
}
