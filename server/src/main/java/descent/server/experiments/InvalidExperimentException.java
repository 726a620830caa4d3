package descent.server.experiments;

import java.util.List;

/**
 * A document was rejected. For malformed JSON, {@link #line()} and {@link #column()} locate the
 * error (1-based); otherwise they are 0 and the errors name the fields.
 */
public final class InvalidExperimentException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;
  private final int line;
  private final int column;

  public InvalidExperimentException(List<FieldError> errors) {
    this(errors, 0, 0);
  }

  public InvalidExperimentException(List<FieldError> errors, int line, int column) {
    super(errors.isEmpty() ? "invalid experiment"
        : errors.get(0).field() + ": " + errors.get(0).message());
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid experiment has at least one error");
    }
    this.errors = List.copyOf(errors);
    this.line = line;
    this.column = column;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public boolean isMalformedJson() {
    return line > 0;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
