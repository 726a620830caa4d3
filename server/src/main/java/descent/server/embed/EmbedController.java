package descent.server.embed;

import descent.server.experiments.ExperimentService;
import descent.server.experiments.StoredExperiment;
import descent.server.http.ApiError;
import descent.server.http.ContentTypes;
import descent.server.http.PlaygroundPage;
import descent.server.http.SecurityHeaders;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Embedding: the embed view ({@code /embed} and {@code /embed/{id}}), which any site may frame;
 * the oEmbed endpoint ({@code /oembed}); and the oEmbed discovery link on {@code /e/{id}}.
 * See docs/embedding.md.
 */
public final class EmbedController {
  /** Ids in URLs: this server's are lower-case base32; anything else is unknown without a lookup. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9]{1,64}");

  private final ExperimentService experiments;
  private final String page;

  public EmbedController(ExperimentService experiments, PlaygroundPage playground) {
    this.experiments = experiments;
    this.page = EmbedPage.from(playground.html());
  }

  public void register(RoutesConfig routes) {
    routes.get("/embed", this::embedFragment);
    routes.get("/embed/{id}", this::embedSaved);
    routes.get("/oembed", this::oembed);
    routes.after("/e/{id}", this::addDiscoveryLink);
  }

  /** An unsaved configuration: the whole experiment is in the URL fragment. */
  void embedFragment(Context ctx) {
    SecurityHeaders.allowEmbedding(ctx);
    ctx.contentType(ContentTypes.HTML).result(page);
  }

  /** A saved experiment; the page fetches /api/experiments/{id} and says when it is unknown. */
  void embedSaved(Context ctx) {
    SecurityHeaders.allowEmbedding(ctx);
    String id = ctx.pathParam("id");
    boolean known = ID.matcher(id).matches() && experiments.exists(id);
    ctx.status(known ? 200 : 404).contentType(ContentTypes.HTML).result(page);
  }

  void oembed(Context ctx) {
    OEmbed.Request request;
    try {
      request = OEmbed.parse(ctx.queryParam("url"), ctx.queryParam("maxwidth"),
          ctx.queryParam("maxheight"), ctx.queryParam("format"), ctx.header("Host"));
    } catch (OEmbed.BadRequest e) {
      ApiError.send(ctx, e.status(), e.getMessage());
      return;
    }
    Optional<StoredExperiment> experiment = experiments.find(request.id());
    if (experiment.isEmpty()) {
      ApiError.send(ctx, 404, "no experiment has this id");
      return;
    }
    ctx.header("Cache-Control", "public, max-age=3600")
        .contentType(ContentTypes.JSON)
        .result(OEmbed.answer(request, experiment.get().title()));
  }

  /** Adds {@code <link rel="alternate" type="application/json+oembed">} to a known /e/{id}. */
  void addDiscoveryLink(Context ctx) {
    String id = ctx.pathParam("id");
    if (ctx.statusCode() != 200 || !ID.matcher(id).matches()) {
      return;
    }
    String base = OEmbed.baseUrl(ctx.scheme(), ctx.header("Host"));
    String href = OEmbed.discoveryHref(base, id);
    ctx.header("Link", "<" + href + ">; rel=\"alternate\"; type=\"application/json+oembed\"");
    String html = ctx.result();
    if (html != null) {
      ctx.result(OEmbed.withDiscoveryLink(html, href));
    }
  }
}
