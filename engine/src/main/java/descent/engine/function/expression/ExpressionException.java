package descent.engine.function.expression;

/**
 * A typed expression could not be read. The message is plain English ("Unexpected ')' at
 * position 7") and {@link #position()} is the 0-based character index the page can highlight.
 */
public final class ExpressionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int position;

    /** Creates an error at a 0-based character position (the input length for "end of input"). */
    public ExpressionException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** The 0-based character index of the problem; equals the input length at end of input. */
    public int position() {
        return position;
    }
}
