package descent.server.experiments;

import descent.server.http.ApiError;
import descent.server.http.BoundedBody;
import descent.server.http.ClientAddress;
import descent.server.http.ContentTypes;
import descent.server.http.Json;
import descent.server.http.PlaygroundPage;
import descent.server.http.RateLimiter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The experiments API and the /e/{id} page. Input and output only: rules live in
 * {@link ExperimentService} and the validator.
 */
public final class ExperimentController {
  /** The largest document, as the validator counts it (1 MiB of UTF-8). */
  public static final int MAX_DOCUMENT_BYTES = 1_048_576;

  private final ExperimentService service;
  private final RateLimiter saveLimiter;
  private final ClientAddress clientAddress;
  private final PlaygroundPage page;

  public ExperimentController(ExperimentService service, RateLimiter saveLimiter,
      ClientAddress clientAddress, PlaygroundPage page) {
    this.service = service;
    this.saveLimiter = saveLimiter;
    this.clientAddress = clientAddress;
    this.page = page;
  }

  public void register(RoutesConfig routes) {
    routes.post("/api/experiments", this::save);
    routes.get("/api/experiments/{id}", this::read);
    routes.get("/e/{id}", this::openPage);
  }

  /** The path that opens an experiment in the playground. */
  public static String pageUrl(String id) {
    return "/e/" + id;
  }

  void save(Context ctx) throws IOException {
    long wait = saveLimiter.tryAcquire(clientAddress.of(ctx));
    if (wait > 0) {
      ctx.header("Retry-After", Long.toString(wait));
      ApiError.send(ctx, 429, "too many saves from your address; retry in " + wait + " s");
      return;
    }
    if (!ContentTypes.isJson(ctx.header("Content-Type"))) {
      ApiError.send(ctx, 415, "send the experiment as Content-Type: application/json");
      return;
    }
    String text;
    try {
      text = BoundedBody.readUtf8(ctx, MAX_DOCUMENT_BYTES);
    } catch (BoundedBody.TooLargeException e) {
      ApiError.send(ctx, 413, "an experiment must be at most " + MAX_DOCUMENT_BYTES + " bytes");
      return;
    } catch (BoundedBody.NotUtf8Exception e) {
      ApiError.send(ctx, 400, e.getMessage());
      return;
    }
    if (ctx.queryParam("parent") != null) {
      // One place for lineage: the document's "parent" field, which the id covers.
      sendInvalid(ctx, new InvalidExperimentException(List.of(new FieldError("parent",
          "put the parent id in the document's \"parent\" field, not in the query"))));
      return;
    }
    SaveOutcome outcome;
    try {
      outcome = service.save(text);
    } catch (InvalidExperimentException e) {
      sendInvalid(ctx, e);
      return;
    }
    String url = pageUrl(outcome.id());
    ctx.status(outcome.created() ? 201 : 200)
        .header("Location", "/api/experiments/" + outcome.id())
        .contentType(ContentTypes.JSON)
        .result(Json.object().put("id", outcome.id()).put("url", url).build());
  }

  private static void sendInvalid(Context ctx, InvalidExperimentException e) {
    FieldError first = e.errors().get(0);
    Json.ObjectBuilder body = Json.object();
    if (e.isMalformedJson()) {
      body.put("error", "malformed JSON at line " + e.line() + ", column " + e.column() + ": "
          + first.message())
          .put("line", e.line())
          .put("column", e.column());
    } else {
      body.put("error", first.field() + ": " + first.message());
    }
    body.put("field", first.field()).putRaw("errors", errorList(e.errors()));
    ctx.status(400).contentType(ContentTypes.JSON).result(body.build());
  }

  private static String errorList(List<FieldError> errors) {
    StringBuilder out = new StringBuilder("[");
    for (FieldError error : errors) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append(Json.object().put("field", error.field()).put("message", error.message()).build());
    }
    return out.append(']').toString();
  }

  void read(Context ctx) {
    Optional<StoredExperiment> experiment = service.find(ctx.pathParam("id"));
    if (experiment.isEmpty()) {
      ApiError.send(ctx, 404, "no experiment has this id");
      return;
    }
    // Stored experiments never change, so caches may keep them for good.
    // The id is a hash of the content: it is the ETag, with no need to hash the body again.
    ctx.header("Cache-Control", "public, max-age=31536000, immutable")
        .header("ETag", "\"" + experiment.get().id() + "\"")
        .contentType(ContentTypes.JSON)
        .result(experiment.get().document());
  }

  void openPage(Context ctx) {
    boolean known = service.exists(ctx.pathParam("id"));
    // The page loads /api/experiments/{id} itself and shows "not found" for an unknown id; the
    // status tells crawlers and link checkers the same.
    ctx.status(known ? 200 : 404).contentType(ContentTypes.HTML).result(page.html());
  }
}
