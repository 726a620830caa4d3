package descent.server.testing;

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

/** The packaged descent.jar as its own process; {@link #kill()} is a kill -9. */
public final class ServerProcess implements AutoCloseable {
  private static final String READY_PREFIX = "Descent is running at ";

  private final Process process;
  private final String url;

  private ServerProcess(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  public static Path jar() {
    Path jar = Path.of(System.getProperty("descent.test.jar", "target/descent.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("no server jar at " + jar.toAbsolutePath()
          + ": run these tests with mvn verify, after package");
    }
    return jar;
  }

  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  public static ServerProcess start(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString(),
        "--port", "0"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    CompletableFuture<String> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> pump(process, ready), "server-output");
    reader.setDaemon(true);
    reader.start();
    try {
      return new ServerProcess(process, ready.get(60, TimeUnit.SECONDS));
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IllegalStateException("the server did not start: " + e.getMessage(), e);
    }
  }

  private static void pump(Process process, CompletableFuture<String> ready) {
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith(READY_PREFIX)) {
          ready.complete(line.substring(READY_PREFIX.length()).trim());
        } else if (!line.contains("descent.access")) {
          System.out.println("[server] " + line);
        }
      }
      ready.completeExceptionally(new IllegalStateException("exited with " + process.waitFor()));
    } catch (IOException | InterruptedException e) {
      ready.completeExceptionally(e);
    }
  }

  public String url() {
    return url;
  }

  /** SIGKILL: no shutdown hook, no flush, no goodbye. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(15, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
