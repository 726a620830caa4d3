package descent.server.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExperimentIdsTest {

  @Test
  void base32FollowsRfc4648InLowerCaseWithoutPadding() {
    // RFC 4648 section 10 test vectors.
    assertEquals("my", ExperimentIds.base32("f".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("mzxw6", ExperimentIds.base32("foo".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("mzxw6ytboi", ExperimentIds.base32("foobar".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void theFullAddressIs52CharactersOfSha256() {
    // SHA-256("") = e3b0c442..., whose base32 starts with 4oymiquy.
    String address = ExperimentIds.fullAddress("");
    assertEquals(ExperimentIds.FULL_LENGTH, address.length());
    assertTrue(address.startsWith("4oymiquy"), address);
  }

  @Test
  void wellFormedIdsAreLowerCaseBase32Of8To52Characters() {
    assertTrue(ExperimentIds.isWellFormed("abcdefgh"));
    assertTrue(ExperimentIds.isWellFormed("a".repeat(52)));
    assertFalse(ExperimentIds.isWellFormed("abcdefg"));
    assertFalse(ExperimentIds.isWellFormed("a".repeat(53)));
    assertFalse(ExperimentIds.isWellFormed("ABCDEFGH"));
    assertFalse(ExperimentIds.isWellFormed("abcdefg1"));
    assertFalse(ExperimentIds.isWellFormed(null));
  }
}
