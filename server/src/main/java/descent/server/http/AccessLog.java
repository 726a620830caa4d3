package descent.server.http;

import io.javalin.http.Context;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status, milliseconds. No query string, headers or body:
 * they may hold what people did not mean to publish.
 */
final class AccessLog {
  private static final Logger LOG = LoggerFactory.getLogger("descent.access");

  private AccessLog() {
  }

  static void log(Context ctx, Float milliseconds) {
    if (LOG.isInfoEnabled()) {
      LOG.info(line(ctx.method().name(), ctx.path(), ctx.statusCode(), milliseconds));
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
