package descent.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void anUnknownOptionPrintsTheUsageAndExitsWithCode2() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"--bogus"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("unknown option '--bogus'"), message);
    assertTrue(message.contains("usage: java -jar descent.jar"), message);
  }

  @Test
  void helpPrintsTheUsageAndExitsWithCode0() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        System.err);
    assertEquals(0, code);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--port N"));
  }

  private static String[] runCapturingErrors(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {Integer.toString(code), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void aPortInUseIsAOneLineMessageAndExitCode1(@TempDir Path data) throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      String[] result = runCapturingErrors("--port", Integer.toString(taken.getLocalPort()),
          "--data", data.toString());
      assertEquals("1", result[0]);
      assertTrue(result[1].contains("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"),
          result[1]);
      assertFalse(result[1].contains("\tat "), "no stack trace: " + result[1]);
    }
  }

  @Test
  void anUnreachableDatabaseIsNamedWithoutItsPasswordAndExitCode1() {
    String[] result = runCapturingErrors("--port", "0", "--db",
        "jdbc:postgresql://127.0.0.1:1/descent?user=descent&password=hunter2");
    assertEquals("1", result[0]);
    assertTrue(result[1].contains("cannot connect to the database jdbc:postgresql://127.0.0.1:1/descent"),
        result[1]);
    assertFalse(result[1].contains("hunter2"), result[1]);
    assertFalse(result[1].contains("\tat "), "no stack trace: " + result[1]);
  }

  @Test
  void givingBothDataAndDbIsAUsageError() {
    String[] result = runCapturingErrors("--data", "x", "--db", "jdbc:postgresql://h/db");
    assertEquals("2", result[0]);
    assertTrue(result[1].contains("not both"), result[1]);
  }
}
