package descent.server.runner;

import descent.engine.experiment.Experiment;
import descent.engine.experiment.FunctionExperiment;
import descent.engine.experiment.NetworkExperiment;
import descent.engine.json.JsonObject;
import descent.engine.json.JsonWriter;
import descent.server.Application;
import descent.server.cli.CommandLine;
import descent.server.storage.StoreException;
import java.io.PrintStream;

/**
 * {@code descent.jar run FILE.json|ID [--epochs N]}: trains the experiment on the JVM with the
 * page's engine and prints one JSON object on standard output. For a function experiment
 * --epochs caps the steps of each optimizer.
 */
public final class RunCommand {
  static final int EXIT_BAD_EXPERIMENT = 2;
  static final int EXIT_DATABASE = 1;

  private RunCommand() {
  }

  public static int run(CommandLine commandLine, PrintStream out, PrintStream err) {
    Experiment experiment;
    try {
      experiment = ExperimentSource.load(commandLine.runTarget(),
          () -> Application.openStore(commandLine));
    } catch (BadExperimentException e) {
      err.println("descent: " + e.getMessage());
      return EXIT_BAD_EXPERIMENT;
    } catch (StoreException e) {
      err.println("descent: " + e.getMessage());
      return EXIT_DATABASE;
    }
    JsonObject report = experiment instanceof NetworkExperiment network
        ? NetworkRun.run(network, commandLine.epochs())
        : FunctionRun.run((FunctionExperiment) experiment, commandLine.epochs());
    out.println(JsonWriter.compact(report));
    out.flush();
    return 0;
  }
}
