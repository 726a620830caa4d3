package descent.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a request body up to a limit without ever buffering more: a declared Content-Length over
 * the limit is refused before reading, and a chunked body is cut off at limit + 1 bytes.
 */
public final class BoundedBody {
  /** The body is larger than allowed. */
  public static final class TooLargeException extends Exception {
    private static final long serialVersionUID = 1L;

    TooLargeException(long limit) {
      super("the body must be at most " + limit + " bytes");
    }
  }

  /** The body is not valid UTF-8. */
  public static final class NotUtf8Exception extends Exception {
    private static final long serialVersionUID = 1L;

    NotUtf8Exception() {
      super("the body is not valid UTF-8");
    }
  }

  private BoundedBody() {
  }

  /** The body as strictly decoded UTF-8 text. */
  public static String readUtf8(Context ctx, int limit)
      throws TooLargeException, NotUtf8Exception, IOException {
    long declared = ctx.contentLength();
    if (declared > limit) {
      throw new TooLargeException(limit);
    }
    byte[] bytes = read(ctx.bodyInputStream(), limit);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new NotUtf8Exception();
    }
  }

  static byte[] read(InputStream in, int limit) throws IOException, TooLargeException {
    byte[] buffer = new byte[Math.min(limit + 1, 16 * 1024)];
    int size = 0;
    while (true) {
      if (size == buffer.length) {
        if (size > limit) {
          throw new TooLargeException(limit);
        }
        buffer = Arrays.copyOf(buffer, Math.min(limit + 1, buffer.length * 2));
      }
      int read = in.read(buffer, size, buffer.length - size);
      if (read < 0) {
        break;
      }
      size += read;
    }
    if (size > limit) {
      throw new TooLargeException(limit);
    }
    return Arrays.copyOf(buffer, size);
  }
}
