package descent.server.testing;

import descent.server.Application;
import descent.server.cli.CommandLine;
import descent.server.cli.UsageException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The whole application on a free port, started as Main would, with an HTTP client. */
public final class TestServer implements AutoCloseable {
  private static final Pattern ID = Pattern.compile("\"id\":\"([a-z2-7]+)\"");

  private final Application application;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer(Application application) {
    this.application = application;
  }

  /** SQLite in {@code dataDirectory}, saves not rate limited unless {@code extra} says so. */
  public static TestServer sqlite(Path dataDirectory, String... extra) {
    return start(List.of("--data", dataDirectory.toString()), extra);
  }

  public static TestServer postgres(String url, String... extra) {
    return start(List.of("--db", url), extra);
  }

  private static TestServer start(List<String> database, String... extra) {
    List<String> args = new ArrayList<>(List.of("--port", "0", "--saves-per-minute", "0"));
    args.addAll(database);
    args.addAll(List.of(extra));
    try {
      return new TestServer(Application.start(CommandLine.parse(args.toArray(String[]::new))));
    } catch (UsageException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public String url() {
    return application.server().url();
  }

  public int port() {
    return application.server().port();
  }

  public URI uri(String path) {
    return URI.create(url() + path.substring(1));
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> postJson(String path, String body)
      throws IOException, InterruptedException {
    return post(path, "application/json", body);
  }

  public HttpResponse<String> post(String path, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(request.timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The id in a save's answer. */
  public static String idOf(HttpResponse<String> response) {
    Matcher matcher = ID.matcher(response.body());
    if (!matcher.find()) {
      throw new AssertionError("no id in " + response.statusCode() + " " + response.body());
    }
    return matcher.group(1);
  }

  @Override
  public void close() {
    application.close();
  }
}
