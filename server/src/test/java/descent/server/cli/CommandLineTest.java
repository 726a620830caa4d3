package descent.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommandLineTest {

  @Test
  void withoutArgumentsItListensOnPort7070OfLoopback() throws UsageException {
    CommandLine commandLine = CommandLine.parse(new String[0]);
    assertEquals(7070, commandLine.port());
    assertEquals("127.0.0.1", commandLine.host());
  }

  @Test
  void portZeroMeansAnyFreePort() throws UsageException {
    assertEquals(0, CommandLine.parse(new String[] {"--port", "0"}).port());
  }

  @Test
  void anUnknownOptionIsNamedInTheError() {
    UsageException error = assertThrows(UsageException.class,
        () -> CommandLine.parse(new String[] {"--colour", "red"}));
    assertTrue(error.getMessage().contains("--colour"), error.getMessage());
  }

  @Test
  void aPortOutOfRangeIsRejectedWithItsValue() {
    UsageException error = assertThrows(UsageException.class,
        () -> CommandLine.parse(new String[] {"--port", "70000"}));
    assertTrue(error.getMessage().contains("70000"), error.getMessage());
  }

  @Test
  void aMissingPortValueIsRejected() {
    UsageException error = assertThrows(UsageException.class,
        () -> CommandLine.parse(new String[] {"--port"}));
    assertTrue(error.getMessage().contains("--port needs a value"), error.getMessage());
  }
}
