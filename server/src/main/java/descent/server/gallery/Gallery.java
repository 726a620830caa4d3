package descent.server.gallery;

import descent.server.experiments.ExperimentService;
import descent.server.experiments.ExperimentValidator;
import descent.server.experiments.InvalidExperimentException;
import descent.server.experiments.SaveOutcome;
import descent.server.experiments.ValidatedExperiment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The curated experiments. They ship as documents in the jar and are saved through the normal
 * service at every start: saving is content addressed, so a second start (or a second instance)
 * stores nothing new and every instance computes the same list, in the same order.
 */
public final class Gallery {
  static final String RESOURCE_DIRECTORY = "/descent/server/gallery/";
  /** The order in which the gallery shows them. */
  static final List<String> DOCUMENTS = List.of(
      "xor-article.json",
      "iris.json",
      "spiral.json",
      "learning-rate-too-high.json",
      "descent-steady.json",
      "descent-oscillates.json",
      "descent-diverges.json",
      "rosenbrock-race.json");

  private final List<GalleryEntry> entries;

  private Gallery(List<GalleryEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Stores every curated document (a no-op for those already stored) and lists them. */
  public static Gallery seed(ExperimentService experiments, ExperimentValidator validator) {
    List<GalleryEntry> entries = new ArrayList<>();
    for (String name : DOCUMENTS) {
      String text = read(name);
      try {
        ValidatedExperiment document = validator.validate(text);
        SaveOutcome saved = experiments.save(text);
        entries.add(new GalleryEntry(saved.id(), document.kind(), document.title(),
            document.description()));
      } catch (InvalidExperimentException e) {
        // A shipped document that the validator rejects is a build error, not a runtime state.
        throw new IllegalStateException("gallery document " + name + " is invalid: "
            + e.getMessage(), e);
      }
    }
    return new Gallery(entries);
  }

  static String read(String name) {
    try (InputStream in = Gallery.class.getResourceAsStream(RESOURCE_DIRECTORY + name)) {
      if (in == null) {
        throw new IllegalStateException("gallery document missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<GalleryEntry> entries() {
    return entries;
  }
}
