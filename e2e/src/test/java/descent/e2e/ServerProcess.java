package descent.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The real server jar, started as its own process on a free loopback port. */
final class ServerProcess implements AutoCloseable {
  private static final String READY_PREFIX = "Descent is running at ";

  private final Process process;
  private final String url;

  private ServerProcess(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  static ServerProcess start(String... extraArgs) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("descent.jar", "../server/target/descent.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("No server jar at " + jar.toAbsolutePath()
          + ": build it first (mvn verify builds everything in order)");
    }
    // A fresh data directory per server, so saved experiments never leak between test runs.
    Path data = Files.createTempDirectory("descent-e2e-data");
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", jar.toString(),
        "--port", "0", "--data", data.toString()));
    command.addAll(List.of(extraArgs));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    CompletableFuture<String> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> pump(process, ready), "server-output");
    reader.setDaemon(true);
    reader.start();
    try {
      return new ServerProcess(process, ready.get(30, TimeUnit.SECONDS));
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IllegalStateException("The server did not start: " + e.getMessage(), e);
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Echoes the server's output (for failed-test diagnosis) and spots the ready line. */
  private static void pump(Process process, CompletableFuture<String> ready) {
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        System.out.println("[server] " + line);
        if (line.startsWith(READY_PREFIX)) {
          ready.complete(line.substring(READY_PREFIX.length()).trim());
        }
      }
      ready.completeExceptionally(new IllegalStateException("server exited with "
          + process.waitFor()));
    } catch (IOException | InterruptedException e) {
      ready.completeExceptionally(e);
    }
  }

  /** Base URL ending in a slash, e.g. {@code http://127.0.0.1:41234/}. */
  String url() {
    return url;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
