package descent.web.lab;

import org.teavm.jso.JSExport;

/** What reading a typed function gave: its dimension, or the first mistake and where it is. */
public final class ParseOutcome {
  private final int dimension;
  private final String normalized;
  private final String errorMessage;
  private final int errorPosition;

  private ParseOutcome(int dimension, String normalized, String errorMessage, int errorPosition) {
    this.dimension = dimension;
    this.normalized = normalized;
    this.errorMessage = errorMessage;
    this.errorPosition = errorPosition;
  }

  static ParseOutcome success(int dimension, String normalized) {
    return new ParseOutcome(dimension, normalized, "", -1);
  }

  static ParseOutcome failure(String message, int position) {
    return new ParseOutcome(0, "", message, position);
  }

  @JSExport
  public boolean ok() {
    return dimension > 0;
  }

  /** 1 for f(x), 2 for f(x, y), 0 when the text could not be read. */
  @JSExport
  public int dimension() {
    return dimension;
  }

  /** The function as the engine reads it back, e.g. "x^2 - 2*x + 1"; empty on failure. */
  @JSExport
  public String normalized() {
    return normalized;
  }

  /** The engine's English message, e.g. "Unexpected '^' at position 2"; empty on success. */
  @JSExport
  public String errorMessage() {
    return errorMessage;
  }

  /** The 0-based character index of the mistake (the text length at end of input); -1 on success. */
  @JSExport
  public int errorPosition() {
    return errorPosition;
  }
}
