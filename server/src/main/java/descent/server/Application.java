package descent.server;

import descent.server.cli.CommandLine;
import descent.server.embed.EmbedController;
import descent.server.experiments.CachedExperimentStore;
import descent.server.experiments.EngineExperimentValidator;
import descent.server.experiments.ExperimentController;
import descent.server.experiments.ExperimentService;
import descent.server.experiments.ExperimentStore;
import descent.server.experiments.ExperimentValidator;
import descent.server.experiments.PostgresStore;
import descent.server.experiments.SqliteStore;
import descent.server.gallery.Gallery;
import descent.server.gallery.GalleryController;
import descent.server.http.ClientAddress;
import descent.server.http.DatabaseHealth;
import descent.server.http.DescentServer;
import descent.server.http.PlaygroundPage;
import descent.server.http.RateLimiter;
import descent.server.http.ServerOptions;
import java.time.Clock;
import java.util.List;

/** Wires the store, the services and the HTTP server together; closes them in reverse order. */
public final class Application implements AutoCloseable {
  /** Of at most 16 K characters each: 128 MiB at the very worst, a few MiB in practice. */
  private static final int CACHED_EXPERIMENTS = 4096;

  private final ExperimentStore store;
  private final DescentServer server;

  private Application(ExperimentStore store, DescentServer server) {
    this.store = store;
    this.server = server;
  }

  /** Opens the database named on the command line (migrating it) or fails with a clear message. */
  public static ExperimentStore openStore(CommandLine commandLine) {
    ExperimentStore store = commandLine.databaseUrl() != null
        ? PostgresStore.open(commandLine.databaseUrl())
        : SqliteStore.open(commandLine.dataDirectory());
    return new CachedExperimentStore(store, CACHED_EXPERIMENTS);
  }

  /** Starts everything; on failure, whatever was opened is closed again. */
  public static Application start(CommandLine commandLine) {
    ExperimentStore store = openStore(commandLine);
    try {
      ExperimentValidator validator = new EngineExperimentValidator();
      ExperimentService experiments = new ExperimentService(store, validator, Clock.systemUTC());
      Gallery gallery = Gallery.seed(experiments, validator);
      RateLimiter saveLimiter = new RateLimiter(commandLine.saveBurst(),
          commandLine.savesPerMinute(), System::nanoTime);
      PlaygroundPage playground = PlaygroundPage.load();
      ExperimentController experimentController = new ExperimentController(experiments,
          saveLimiter, new ClientAddress(commandLine.trustProxy()), playground);
      GalleryController galleryController = new GalleryController(gallery);
      DescentServer server = DescentServer.start(
          new ServerOptions(commandLine.host(), commandLine.port()), health(store),
          List.of(experimentController::register, galleryController::register,
              new EmbedController(experiments, playground)::register));
      return new Application(store, server);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static DatabaseHealth health(ExperimentStore store) {
    return new DatabaseHealth() {
      @Override
      public String kind() {
        return store.kind();
      }

      @Override
      public String problem() {
        return store.healthProblem();
      }
    };
  }

  public DescentServer server() {
    return server;
  }

  /** Stops accepting requests, finishes those in flight, then closes the database. */
  @Override
  public void close() {
    server.stop();
    store.close();
  }
}
