package descent.engine.jvm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * JVM only: reads the text of a bundled data set from the engine's resources (gunzipping digits).
 * Kept apart from everything the page compiles, because TeaVM has no java.util.zip or class-path
 * resources; the browser fetches the files itself and hands their text to
 * {@link descent.engine.data.BundledDataSets}.
 */
public final class BundledDataLoader {
  private BundledDataLoader() {
  }

  /** The CSV text of "iris", "wine" or "digits". */
  public static String text(String dataset) {
    switch (dataset) {
      case "iris":
        return read("iris.csv", false);
      case "wine":
        return read("wine_data.csv", false);
      case "digits":
        return read("digits.csv.gz", true);
      default:
        throw new IllegalArgumentException("dataset: no bundled file for '" + dataset + "'");
    }
  }

  private static String read(String file, boolean gzipped) {
    String path = "/descent/engine/data/" + file;
    try (InputStream raw = BundledDataLoader.class.getResourceAsStream(path)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      InputStream in = gzipped ? new GZIPInputStream(raw) : raw;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
