package descent.server.http;

import io.javalin.config.RoutesConfig;

/** A feature's HTTP endpoints, declared while the server is configured. */
@FunctionalInterface
public interface Routes {
  void register(RoutesConfig routes);
}
