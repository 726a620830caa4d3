package descent.server.gallery;

import descent.server.experiments.ExperimentController;
import descent.server.http.ContentTypes;
import descent.server.http.Json;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/gallery} (JSON) and {@code /gallery} (a static page that fetches it). */
public final class GalleryController {
  private static final String PAGE = "/descent/server/static/gallery.html";

  private final String json;
  private final byte[] page;

  public GalleryController(Gallery gallery) {
    this.json = toJson(gallery);
    this.page = load(PAGE);
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/gallery", this::list);
    routes.get("/gallery", this::page);
  }

  void list(Context ctx) {
    ctx.contentType(ContentTypes.JSON).result(json);
  }

  void page(Context ctx) {
    ctx.contentType(ContentTypes.HTML).result(page);
  }

  /** The list never changes while the server runs, so it is written once. */
  static String toJson(Gallery gallery) {
    StringBuilder items = new StringBuilder("[");
    for (GalleryEntry entry : gallery.entries()) {
      if (items.length() > 1) {
        items.append(',');
      }
      items.append(Json.object()
          .put("id", entry.id())
          .put("url", ExperimentController.pageUrl(entry.id()))
          .put("kind", entry.kind())
          .put("title", entry.title())
          .put("description", entry.description())
          .build());
    }
    return Json.object().putRaw("experiments", items.append(']').toString()).build();
  }

  private static byte[] load(String resource) {
    try (InputStream in = GalleryController.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
