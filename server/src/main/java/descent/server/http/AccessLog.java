package descent.server.http;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status, milliseconds. No query string, headers or body:
 * they may hold what people did not mean to publish.
 *
 * <p>Lines are written by one background thread: the logger writes and flushes synchronously
 * under a lock, which measurably cut read throughput when request threads did it themselves.
 * If the writer falls behind by {@link #QUEUE_SIZE} lines, further lines are counted and the
 * count is logged instead, so a flood cannot exhaust memory.
 */
final class AccessLog {
  private static final Logger LOG = LoggerFactory.getLogger("descent.access");
  private static final int QUEUE_SIZE = 65_536;
  private static final BlockingQueue<String> LINES = new ArrayBlockingQueue<>(QUEUE_SIZE);
  private static final AtomicLong DROPPED = new AtomicLong();

  static {
    Thread writer = new Thread(AccessLog::write, "descent-access-log");
    writer.setDaemon(true);
    writer.start();
  }

  private AccessLog() {
  }

  static void log(Context ctx, Float milliseconds) {
    if (LOG.isInfoEnabled()
        && !LINES.offer(line(ctx.method().name(), ctx.path(), ctx.statusCode(), milliseconds))) {
      DROPPED.incrementAndGet();
    }
  }

  private static void write() {
    while (true) {
      try {
        LOG.info(LINES.take());
        long dropped = DROPPED.getAndSet(0);
        if (dropped > 0) {
          LOG.warn("{} access log lines dropped: the log could not keep up", dropped);
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  static String line(String method, String path, int status, float milliseconds) {
    // Paths are client-chosen: keep control characters out so one request is one log line.
    String safePath = path.replaceAll("[\\p{Cntrl}]", "?");
    if (safePath.length() > 200) {
      safePath = safePath.substring(0, 200) + "…";
    }
    return method + " " + safePath + " " + status + " "
        + String.format(Locale.ROOT, "%.1f", milliseconds) + "ms";
  }
}
