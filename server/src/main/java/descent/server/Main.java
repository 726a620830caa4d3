package descent.server;

import descent.server.cli.CommandLine;
import descent.server.cli.UsageException;
import descent.server.http.DescentServer;
import java.io.PrintStream;

/** {@code java -jar descent.jar [--port N]}: starts the playground server. */
public final class Main {
  /** Exit code for a command line we cannot understand, as in sysexits' EX_USAGE tradition. */
  static final int EXIT_USAGE = 2;

  private Main() {
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command line; returns the exit code, or never returns while the server runs.
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
    DescentServer server = DescentServer.start(commandLine.host(), commandLine.port());
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "descent-shutdown"));
    out.println("Descent is running at " + server.url());
    out.flush();
    server.awaitStop();
    return 0;
  }
}
