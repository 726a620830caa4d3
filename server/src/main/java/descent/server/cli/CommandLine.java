package descent.server.cli;

/** The parsed command line of {@code descent.jar}. */
public final class CommandLine {
  public static final String USAGE = String.join("\n",
      "usage: java -jar descent.jar [--port N] [--host ADDRESS]",
      "  --port N        listen on port N (default 7070; 0 picks a free port)",
      "  --host ADDRESS  listen on this address (default 127.0.0.1; 0.0.0.0 for all)",
      "  --help          print this message");

  private static final int DEFAULT_PORT = 7070;
  private static final String DEFAULT_HOST = "127.0.0.1";

  private final int port;
  private final String host;
  private final boolean helpRequested;

  private CommandLine(int port, String host, boolean helpRequested) {
    this.port = port;
    this.host = host;
    this.helpRequested = helpRequested;
  }

  public static CommandLine parse(String[] args) throws UsageException {
    int port = DEFAULT_PORT;
    String host = DEFAULT_HOST;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--port":
          port = parsePort(valueOf(args, i++, arg));
          break;
        case "--host":
          host = valueOf(args, i++, arg);
          break;
        case "--help":
        case "-h":
          help = true;
          break;
        default:
          throw new UsageException("unknown option '" + arg + "'");
      }
    }
    return new CommandLine(port, host, help);
  }

  private static String valueOf(String[] args, int index, String option) throws UsageException {
    if (index + 1 >= args.length) {
      throw new UsageException(option + " needs a value");
    }
    return args[index + 1];
  }

  private static int parsePort(String text) throws UsageException {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new UsageException("--port must be a whole number from 0 to 65535 (was '" + text + "')");
  }

  /** The TCP port to listen on; 0 means any free port. */
  public int port() {
    return port;
  }

  public String host() {
    return host;
  }

  public boolean helpRequested() {
    return helpRequested;
  }
}
