package descent.server.http;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.concurrent.CountDownLatch;

/** The HTTP server: the playground page and its compiled engine, plus the JSON API. */
public final class DescentServer {
  /** Where the web module puts the page, its scripts and both engine builds on the classpath. */
  static final String STATIC_ROOT = "/descent/web/static";

  private final Javalin app;
  private final String host;
  private final CountDownLatch stopped = new CountDownLatch(1);

  private DescentServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /** Starts listening; port 0 picks a free port, see {@link #port()}. */
  public static DescentServer start(String host, int port) {
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = STATIC_ROOT;
        files.location = Location.CLASSPATH;
        files.mimeTypes.add("application/wasm", "wasm");
        files.mimeTypes.add("text/javascript", "js");
      });
      config.routes.before(SecurityHeaders::apply);
      config.routes.get("/api/health", ctx -> ctx.contentType("application/json")
          .result("{\"status\":\"ok\"}"));
      config.routes.error(404, ctx -> {
        if (ctx.path().startsWith("/api/")) {
          ctx.contentType("application/json").result("{\"error\":\"not found\"}");
        }
      });
    });
    app.start(host, port);
    return new DescentServer(app, host);
  }

  public int port() {
    return app.port();
  }

  /** The address a browser on this machine opens. */
  public String url() {
    String shown = "0.0.0.0".equals(host) ? "localhost" : host;
    return "http://" + shown + ":" + port() + "/";
  }

  public void stop() {
    app.stop();
    stopped.countDown();
  }

  /** Blocks until {@link #stop()} has run. */
  public void awaitStop() {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
