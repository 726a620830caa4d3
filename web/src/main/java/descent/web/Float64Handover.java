package descent.web;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * Hands a large double[] to the page as a Float64Array view of a reused direct buffer, filled
 * with one bulk put. Returning the double[] itself from WebAssembly GC makes the page copy it
 * element by element through the JS interop, which costs more than computing a 100 x 100 grid
 * (measured in docs/benchmarks.md: 72.6 ms against 8.7 ms a frame). The view is valid until the
 * next call; the page copies it at once.
 */
public final class Float64Handover {
  private DoubleBuffer buffer;

  public Float64Array view(double[] values) {
    if (buffer == null || buffer.capacity() != values.length) {
      buffer = ByteBuffer.allocateDirect(values.length * Double.BYTES)
          .order(ByteOrder.nativeOrder()).asDoubleBuffer();
    }
    buffer.clear();
    buffer.put(values);
    buffer.flip();
    return Float64Array.fromJavaBuffer(buffer);
  }
}
