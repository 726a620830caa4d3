package descent.server.experiments;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps recently read experiments in memory. Correct with any number of instances because a
 * stored row never changes; misses are not cached (an unknown id may be saved a moment later).
 * The cache is bounded: only documents of up to {@link #MAX_CACHED_CHARS} characters are kept
 * (typical ones are under 2 KiB; a 1 MiB inline table is rare and cheap enough to read again),
 * and when full it is emptied, crude but it can never grow without limit.
 */
public final class CachedExperimentStore implements ExperimentStore {
  static final int MAX_CACHED_CHARS = 16 * 1024;

  private final ExperimentStore store;
  private final int capacity;
  private final Map<String, StoredExperiment> cache = new ConcurrentHashMap<>();

  public CachedExperimentStore(ExperimentStore store, int capacity) {
    this.store = store;
    this.capacity = capacity;
  }

  @Override
  public boolean insertIfAbsent(StoredExperiment experiment) {
    return store.insertIfAbsent(experiment);
  }

  @Override
  public Optional<StoredExperiment> find(String id) {
    StoredExperiment cached = cache.get(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<StoredExperiment> found = store.find(id);
    if (found.isPresent() && found.get().document().length() <= MAX_CACHED_CHARS) {
      if (cache.size() >= capacity) {
        cache.clear();
      }
      cache.put(id, found.get());
    }
    return found;
  }

  @Override
  public String kind() {
    return store.kind();
  }

  @Override
  public String healthProblem() {
    return store.healthProblem();
  }

  @Override
  public void close() {
    store.close();
  }
}
