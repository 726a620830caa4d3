package descent.server.http;

import io.javalin.http.Context;

/**
 * {@code GET /api/health}: 200 when the server and its database answer, 503 when the database
 * does not (so a load balancer takes the instance out of rotation).
 */
final class Health {
  private Health() {
  }

  static void answer(Context ctx, DatabaseHealth database) {
    String problem = database.problem();
    Json.ObjectBuilder db = Json.object().put("kind", database.kind())
        .put("status", problem == null ? "ok" : "unavailable");
    if (problem != null) {
      db.put("error", problem);
    }
    ctx.header("Cache-Control", "no-store")
        .status(problem == null ? 200 : 503)
        .contentType(ContentTypes.JSON)
        .result(Json.object().put("status", problem == null ? "ok" : "degraded")
            .putRaw("database", db.build()).build());
  }
}
