package descent.server.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A fixed set of JDBC connections lent out one caller at a time. Small and dependency-free: the
 * server needs only a handful of connections, and a broken one is simply replaced on return.
 */
public final class ConnectionPool implements AutoCloseable {
  /** Opens a new connection; called at start-up and to replace a broken one. */
  @FunctionalInterface
  public interface ConnectionFactory {
    Connection open() throws SQLException;
  }

  /** Work done with a borrowed connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private static final long BORROW_TIMEOUT_SECONDS = 10;

  private final ConnectionFactory factory;
  private final BlockingQueue<Connection> idle;
  private final List<Connection> all = new ArrayList<>();
  private final String description;
  private volatile boolean closed;

  public ConnectionPool(ConnectionFactory factory, int size, String description) {
    this.factory = factory;
    this.idle = new ArrayBlockingQueue<>(size);
    this.description = description;
    try {
      for (int i = 0; i < size; i++) {
        Connection connection = factory.open();
        all.add(connection);
        idle.add(connection);
      }
    } catch (SQLException e) {
      close();
      throw new StoreException("cannot connect to the database " + description + ": "
          + e.getMessage(), e);
    }
  }

  /** Runs {@code work} with a connection, waiting for one if all are busy. */
  public <T> T with(Work<T> work) {
    if (closed) {
      throw new StoreException("the database " + description + " is closed");
    }
    Connection connection;
    try {
      connection = idle.poll(BORROW_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for a database connection", e);
    }
    if (connection == null) {
      throw new StoreException("no database connection free after " + BORROW_TIMEOUT_SECONDS + " s");
    }
    boolean healthy = true;
    try {
      return work.run(connection);
    } catch (SQLException e) {
      healthy = isValid(connection);
      throw new StoreException("database error on " + description + ": " + e.getMessage(), e);
    } finally {
      giveBack(connection, healthy);
    }
  }

  private void giveBack(Connection connection, boolean healthy) {
    Connection returned = connection;
    if (!healthy) {
      // A dropped connection (database restarted, network blip) would fail every later caller.
      closeQuietly(connection);
      try {
        returned = factory.open();
      } catch (SQLException e) {
        returned = connection; // still return a slot; the next use reports the outage
      }
      synchronized (all) {
        all.remove(connection);
        all.add(returned);
      }
    }
    if (closed) {
      closeQuietly(returned);
    } else {
      idle.offer(returned);
    }
  }

  private static boolean isValid(Connection connection) {
    try {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing a broken connection may fail; nothing more to do
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (all) {
      for (Connection connection : all) {
        closeQuietly(connection);
      }
    }
  }
}
