package descent.server.http;

import descent.server.storage.StoreException;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.net.BindException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: the playground page and its compiled engine, plus the JSON API. */
public final class DescentServer {
  /** Where the web module puts the page, its scripts and both engine builds on the classpath. */
  static final String STATIC_ROOT = "/descent/web/static";
  /** The server's own pages (the gallery). */
  static final String SERVER_STATIC_ROOT = "/descent/server/static";
  /** How long a stop waits for requests in flight. */
  static final long STOP_TIMEOUT_MS = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(DescentServer.class);

  private final Javalin app;
  private final String host;
  private final CountDownLatch stopped = new CountDownLatch(1);

  private DescentServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /** The page and health only: for tests of the HTTP layer. */
  public static DescentServer start(String host, int port) {
    return start(new ServerOptions(host, port), DatabaseHealth.none(), List.of());
  }

  /**
   * Starts listening; port 0 picks a free port, see {@link #port()}.
   *
   * @throws PortInUseException if the port is taken
   */
  public static DescentServer start(ServerOptions options, DatabaseHealth database,
      List<Routes> features) {
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = STATIC_ROOT;
        files.location = Location.CLASSPATH;
        files.mimeTypes.add("application/wasm", "wasm");
        files.mimeTypes.add("text/javascript", "js");
      });
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = SERVER_STATIC_ROOT;
        files.location = Location.CLASSPATH;
        files.mimeTypes.add("text/javascript", "js");
      });
      config.jetty.modifyServer(DescentServer::drainOnStop);
      config.requestLogger.http(AccessLog::log);
      config.routes.before(SecurityHeaders::apply);
      config.routes.get("/api/health", ctx -> Health.answer(ctx, database));
      for (Routes feature : features) {
        feature.register(config.routes);
      }
      config.routes.exception(HttpResponseException.class, (e, ctx) ->
          ApiError.send(ctx, e.getStatus(), e.getMessage()));
      config.routes.exception(StoreException.class, (e, ctx) -> {
        LOG.error("database failure on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
        ApiError.send(ctx, 503, "the database is unavailable; try again shortly");
      });
      config.routes.exception(Exception.class, (e, ctx) -> {
        // Never a stack trace to the client: log it here, answer a plain message.
        LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        ApiError.send(ctx, 500, "internal error");
      });
      config.routes.error(404, ctx -> {
        if (ctx.path().startsWith("/api/")) {
          ApiError.send(ctx, 404, "not found");
        }
      });
      config.routes.error(405, ctx -> ApiError.send(ctx, 405, "method not allowed"));
    });
    try {
      app.start(options.host(), options.port());
    } catch (JavalinBindException e) {
      throw new PortInUseException(options.host(), options.port(), e);
    } catch (RuntimeException e) {
      if (hasCause(e, BindException.class)) {
        throw new PortInUseException(options.host(), options.port(), e);
      }
      throw e;
    }
    return new DescentServer(app, options.host());
  }

  /**
   * On stop, Jetty closes the listening socket first, then waits up to STOP_TIMEOUT_MS for the
   * requests in flight (GracefulHandler counts them) before closing connections. The handler
   * is wrapped while the server starts, once Javalin has installed its own.
   */
  private static void drainOnStop(Server server) {
    server.setStopTimeout(STOP_TIMEOUT_MS);
    server.addEventListener(new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        Handler current = server.getHandler();
        if (current != null && !(current instanceof GracefulHandler)) {
          GracefulHandler graceful = new GracefulHandler();
          graceful.setHandler(current);
          server.setHandler(graceful);
        }
      }
    });
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  public int port() {
    return app.port();
  }

  /** The address a browser on this machine opens. */
  public String url() {
    String shown = "0.0.0.0".equals(host) ? "localhost" : host;
    return "http://" + shown + ":" + port() + "/";
  }

  /** Stops accepting, lets requests in flight finish, then returns. */
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
