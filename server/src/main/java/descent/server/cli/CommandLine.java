package descent.server.cli;

import java.nio.file.Path;

/** The parsed command line of {@code descent.jar}: serve (the default) or {@code run}. */
public final class CommandLine {
  public static final String USAGE = String.join("\n",
      "usage: java -jar descent.jar [--port N] [--host ADDRESS] [--data DIR | --db JDBC_URL]",
      "                             [--trust-proxy] [--save-burst N] [--saves-per-minute N]",
      "       java -jar descent.jar run FILE.json|ID [--epochs N] [--data DIR | --db JDBC_URL]",
      "  --port N              listen on port N (default 7070; 0 picks a free port)",
      "  --host ADDRESS        listen on this address (default 127.0.0.1; 0.0.0.0 for all)",
      "  --data DIR            keep experiments in DIR/descent.sqlite (default ./descent-data)",
      "  --db JDBC_URL         keep experiments in PostgreSQL instead, e.g.",
      "                        jdbc:postgresql://host:5432/descent?user=descent&password=...",
      "  --trust-proxy         take the client address from X-Forwarded-For (behind a proxy only)",
      "  --save-burst N        saves a client may make at once (default 20)",
      "  --saves-per-minute N  saves a client regains per minute (default 60; 0 = no limit)",
      "  run FILE.json|ID      train the experiment on the JVM and print the result as JSON",
      "  --epochs N            with run: train N epochs instead of the document's",
      "  --help                print this message");

  /** What to do. */
  public enum Command { SERVE, RUN }

  private static final int DEFAULT_PORT = 7070;
  private static final String DEFAULT_HOST = "127.0.0.1";
  private static final Path DEFAULT_DATA = Path.of("descent-data");

  private Command command = Command.SERVE;
  private int port = DEFAULT_PORT;
  private String host = DEFAULT_HOST;
  private Path dataDirectory = DEFAULT_DATA;
  private String databaseUrl;
  private boolean trustProxy;
  private int saveBurst = 20;
  private int savesPerMinute = 60;
  private String runTarget;
  private Integer epochs;
  private boolean helpRequested;

  private CommandLine() {
  }

  public static CommandLine parse(String[] args) throws UsageException {
    CommandLine line = new CommandLine();
    int start = 0;
    if (args.length > 0 && args[0].equals("run")) {
      line.command = Command.RUN;
      start = 1;
    }
    boolean dataGiven = false;
    for (int i = start; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--port" -> line.port = parsePort(valueOf(args, i++, arg));
        case "--host" -> line.host = valueOf(args, i++, arg);
        case "--data" -> {
          line.dataDirectory = Path.of(valueOf(args, i++, arg));
          dataGiven = true;
        }
        case "--db" -> line.databaseUrl = parseDatabaseUrl(valueOf(args, i++, arg));
        case "--trust-proxy" -> line.trustProxy = true;
        case "--save-burst" -> line.saveBurst = parseCount(valueOf(args, i++, arg), arg, 1);
        case "--saves-per-minute" ->
            line.savesPerMinute = parseCount(valueOf(args, i++, arg), arg, 0);
        case "--epochs" -> line.epochs = parseCount(valueOf(args, i++, arg), arg, 1);
        case "--help", "-h" -> line.helpRequested = true;
        default -> {
          if (line.command == Command.RUN && line.runTarget == null && !arg.startsWith("--")) {
            line.runTarget = arg;
          } else {
            throw new UsageException("unknown option '" + arg + "'");
          }
        }
      }
    }
    if (dataGiven && line.databaseUrl != null) {
      throw new UsageException("give --data or --db, not both");
    }
    if (line.command == Command.RUN && line.runTarget == null && !line.helpRequested) {
      throw new UsageException("run needs a FILE.json or an experiment id");
    }
    if (line.command == Command.SERVE && line.epochs != null) {
      throw new UsageException("--epochs goes with run");
    }
    return line;
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

  private static int parseCount(String text, String option, int minimum) throws UsageException {
    try {
      int value = Integer.parseInt(text);
      if (value >= minimum) {
        return value;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new UsageException(option + " must be a whole number of at least " + minimum
        + " (was '" + text + "')");
  }

  private static String parseDatabaseUrl(String url) throws UsageException {
    if (!url.startsWith("jdbc:postgresql://")) {
      throw new UsageException("--db must be a jdbc:postgresql://... URL (SQLite is the default;"
          + " use --data DIR for it)");
    }
    return url;
  }

  public Command command() {
    return command;
  }

  /** The TCP port to listen on; 0 means any free port. */
  public int port() {
    return port;
  }

  public String host() {
    return host;
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  /** The PostgreSQL URL, or null for SQLite in {@link #dataDirectory()}. */
  public String databaseUrl() {
    return databaseUrl;
  }

  public boolean trustProxy() {
    return trustProxy;
  }

  public int saveBurst() {
    return saveBurst;
  }

  public int savesPerMinute() {
    return savesPerMinute;
  }

  /** For run: a file path or an experiment id. */
  public String runTarget() {
    return runTarget;
  }

  /** For run: the epochs to train instead of the document's, or null. */
  public Integer epochs() {
    return epochs;
  }

  public boolean helpRequested() {
    return helpRequested;
  }
}
