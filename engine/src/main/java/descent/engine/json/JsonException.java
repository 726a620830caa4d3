package descent.engine.json;

/** A JSON text that is not valid; the message names the line and column, e.g. "line 3, column 14: expected ':'". */
public final class JsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param reason what is wrong, without the position
     * @param line   1-based line of the offending character
     * @param column 1-based column (in UTF-16 code units) of the offending character
     */
    public JsonException(String reason, int line, int column) {
        super("line " + line + ", column " + column + ": " + reason);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The 1-based line of the error. */
    public int getLine() {
        return line;
    }

    /** The 1-based column of the error, counted in UTF-16 code units. */
    public int getColumn() {
        return column;
    }

    /** What is wrong, without the position. */
    public String getReason() {
        return reason;
    }
}
