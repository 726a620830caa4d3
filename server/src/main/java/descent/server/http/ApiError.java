package descent.server.http;

import io.javalin.http.Context;

/** Answers API errors as {@code {"error": "..."}} JSON, never as a page or a stack trace. */
public final class ApiError {
  private ApiError() {
  }

  public static void send(Context ctx, int status, String message) {
    ctx.status(status).contentType(ContentTypes.JSON).result(Json.object().put("error", message).build());
  }
}
