package descent.server.runner;

import descent.server.cli.CommandLine;
import java.io.PrintStream;

/** {@code descent.jar run FILE|ID}: placeholder until the runner is wired. */
public final class RunCommand {
  private RunCommand() {
  }

  public static int run(CommandLine commandLine, PrintStream out, PrintStream err) {
    err.println("descent: run is not available yet");
    return 3;
  }
}
