package descent.server.experiments;

import java.util.Optional;

/**
 * Where experiments live. Rows are immutable: an id, once stored, always answers the same document.
 * Implementations are safe for concurrent use and durable: when {@link #insertIfAbsent} returns,
 * the row survives a crash of the process or the machine.
 */
public interface ExperimentStore extends AutoCloseable {

  /**
   * Stores {@code experiment} unless a row with its id exists.
   *
   * @return true if this call stored it, false if the id was taken (by the same content or, rarely,
   *     by other content with the same short id; the caller compares)
   */
  boolean insertIfAbsent(StoredExperiment experiment);

  Optional<StoredExperiment> find(String id);

  /** "sqlite" or "postgresql", for the health report. */
  String kind();

  /** Null when the database answers a trivial query, else what is wrong. */
  String healthProblem();

  @Override
  void close();
}
