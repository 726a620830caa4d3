package descent.server.experiments;

import descent.server.storage.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The single SQLite writer. Saves queue up; one thread takes every queued insert (up to
 * {@link #MAX_BATCH}), runs them in one transaction and commits once. A caller is answered only
 * after the commit that holds its row, so "inserted" always means "on disk". With synchronous=FULL
 * a commit costs a flush of the write-ahead log; sharing it between concurrent saves is what lets
 * a small machine store hundreds of saves per second durably.
 */
final class GroupCommitWriter implements AutoCloseable {
  private static final int MAX_BATCH = 256;
  private static final long ANSWER_TIMEOUT_SECONDS = 30;

  private record Pending(StoredExperiment experiment, CompletableFuture<Boolean> inserted) {
  }

  private final Connection connection;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean running = true;

  GroupCommitWriter(Connection connection) {
    this.connection = connection;
    this.thread = new Thread(this::loop, "descent-sqlite-writer");
    thread.setDaemon(true);
    thread.start();
  }

  /** Inserts and waits for the commit; true if this call stored the row. */
  boolean insert(StoredExperiment experiment) {
    if (!running) {
      throw new StoreException("the database is closed");
    }
    Pending pending = new Pending(experiment, new CompletableFuture<>());
    queue.add(pending);
    try {
      return pending.inserted().get(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof StoreException store ? store
          : new StoreException("cannot store the experiment: " + cause.getMessage(), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while storing", e);
    } catch (TimeoutException e) {
      throw new StoreException("the database did not commit within " + ANSWER_TIMEOUT_SECONDS + " s");
    }
  }

  boolean isRunning() {
    return running && thread.isAlive();
  }

  private void loop() {
    List<Pending> batch = new ArrayList<>();
    while (running || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        commit(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } finally {
        batch.clear();
      }
    }
    failAll(new StoreException("the database is closed"));
  }

  private void commit(List<Pending> batch) {
    List<Boolean> results = new ArrayList<>(batch.size());
    try {
      connection.setAutoCommit(false);
      try (PreparedStatement statement = connection.prepareStatement(ExperimentRows.INSERT)) {
        for (Pending pending : batch) {
          results.add(ExperimentRows.insert(statement, pending.experiment()));
        }
      }
      connection.commit();
    } catch (SQLException e) {
      rollbackQuietly();
      StoreException failure = new StoreException("cannot store the experiment: " + e.getMessage(), e);
      for (Pending pending : batch) {
        pending.inserted().completeExceptionally(failure);
      }
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).inserted().complete(results.get(i));
    }
  }

  private void rollbackQuietly() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the transaction is lost either way; callers were told
    }
  }

  private void failAll(StoreException failure) {
    Pending pending;
    while ((pending = queue.poll()) != null) {
      pending.inserted().completeExceptionally(failure);
    }
  }

  /** Finishes every queued insert, then closes the connection. */
  @Override
  public void close() {
    running = false;
    try {
      thread.join(TimeUnit.SECONDS.toMillis(ANSWER_TIMEOUT_SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing at shutdown; the last commit already reached the disk
    }
  }
}
