package descent.server.runner;

import descent.engine.experiment.Experiment;
import descent.engine.experiment.ExperimentValidator;
import descent.engine.experiment.ValidationError;
import descent.engine.experiment.ValidationResult;
import descent.server.experiments.ExperimentIds;
import descent.server.experiments.ExperimentStore;
import descent.server.experiments.StoredExperiment;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the experiment to run: a file when the argument names one (or ends in .json), else a
 * stored id, looked up in the database of --data/--db. Either way it is validated by the same
 * engine validator as everything else.
 */
final class ExperimentSource {
  private static final long MAX_FILE_BYTES = 1_048_576;

  private ExperimentSource() {
  }

  static Experiment load(String target, Supplier<ExperimentStore> store)
      throws BadExperimentException {
    Path file = Path.of(target);
    String text;
    String origin;
    if (Files.exists(file) || target.endsWith(".json")) {
      text = readFile(file);
      origin = target;
    } else if (ExperimentIds.isWellFormed(target)) {
      try (ExperimentStore opened = store.get()) {
        Optional<StoredExperiment> stored = opened.find(target);
        if (stored.isEmpty()) {
          throw new BadExperimentException("no experiment has the id '" + target + "'");
        }
        text = stored.get().document();
      }
      origin = "experiment " + target;
    } else {
      throw new BadExperimentException("'" + target + "' is neither a file nor an experiment id");
    }
    ValidationResult result = ExperimentValidator.validate(text);
    if (!result.isValid()) {
      StringBuilder message = new StringBuilder(origin + " is not a valid experiment:");
      for (ValidationError error : result.getErrors()) {
        message.append("\n  ").append(error);
      }
      throw new BadExperimentException(message.toString());
    }
    return result.getExperiment();
  }

  private static String readFile(Path file) throws BadExperimentException {
    try {
      if (!Files.isRegularFile(file)) {
        throw new BadExperimentException("no such file: " + file);
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new BadExperimentException(file + " is larger than 1 MiB, the limit for experiments");
      }
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new BadExperimentException(file + " is not UTF-8 text");
    } catch (IOException e) {
      throw new BadExperimentException("cannot read " + file + ": " + e.getMessage());
    }
  }
}
