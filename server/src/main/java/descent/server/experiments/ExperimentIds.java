package descent.server.experiments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * Content addresses: the SHA-256 of a document's canonical JSON (UTF-8), in lower-case base32
 * (RFC 4648 alphabet, no padding), cut to {@link #SHORT_LENGTH} characters. 12 characters are 60
 * bits: short enough to read out in class, far too many to guess or enumerate. When two documents
 * share a prefix the second gets a longer prefix of its own hash (see ExperimentService).
 */
public final class ExperimentIds {
  public static final int SHORT_LENGTH = 12;
  /** 256 bits in 5-bit characters. */
  public static final int FULL_LENGTH = 52;
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final Pattern WELL_FORMED = Pattern.compile("[a-z2-7]{8," + FULL_LENGTH + "}");

  private ExperimentIds() {
  }

  /** The full 52-character address of {@code canonicalJson}; ids are its prefixes. */
  public static String fullAddress(String canonicalJson) {
    byte[] hash;
    try {
      hash = MessageDigest.getInstance("SHA-256")
          .digest(canonicalJson.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    return base32(hash);
  }

  /** Whether {@code text} could be an id at all; anything else is unknown without a lookup. */
  public static boolean isWellFormed(String text) {
    return text != null && WELL_FORMED.matcher(text).matches();
  }

  static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET[(buffer << (5 - bits)) & 31]);
    }
    return out.toString();
  }
}
