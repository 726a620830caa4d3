package descent.server;

import descent.server.cli.CommandLine;
import descent.server.cli.UsageException;
import descent.server.http.PortInUseException;
import descent.server.runner.RunCommand;
import descent.server.storage.StoreException;
import java.io.PrintStream;

/**
 * {@code java -jar descent.jar [options]} starts the server; {@code java -jar descent.jar run
 * FILE|ID} trains one experiment headlessly and prints the result.
 */
public final class Main {
  /** The server could not start (port taken, database unreachable). */
  static final int EXIT_STARTUP_FAILED = 1;
  /** Exit code for a command line (or a file) we cannot understand, as in sysexits' EX_USAGE. */
  static final int EXIT_USAGE = 2;

  private Main() {
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command line; returns the exit code, or blocks while the server runs.
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine commandLine;
    try {
      commandLine = CommandLine.parse(args);
    } catch (UsageException e) {
      err.println("descent: " + e.getMessage());
      err.println(CommandLine.USAGE);
      return EXIT_USAGE;
    }
    if (commandLine.helpRequested()) {
      out.println(CommandLine.USAGE);
      return 0;
    }
    if (commandLine.command() == CommandLine.Command.RUN) {
      return RunCommand.run(commandLine, out, err);
    }
    return serve(commandLine, out, err);
  }

  private static int serve(CommandLine commandLine, PrintStream out, PrintStream err) {
    Application application;
    try {
      application = Application.start(commandLine);
    } catch (PortInUseException | StoreException e) {
      // Expected operator mistakes: say what and how to fix, without a stack trace.
      err.println("descent: " + e.getMessage());
      return EXIT_STARTUP_FAILED;
    }
    // SIGTERM / Ctrl-C: stop accepting, finish requests in flight, close the database.
    Runtime.getRuntime().addShutdownHook(new Thread(application::close, "descent-shutdown"));
    out.println("Descent is running at " + application.server().url());
    out.flush();
    application.server().awaitStop();
    return 0;
  }
}
