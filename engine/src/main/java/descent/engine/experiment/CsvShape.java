package descent.engine.experiment;

/**
 * The row and column counts of CSV text, found by counting line breaks and commas only: the validator
 * needs the shape to check limits and weight shapes, while the data loader parses the values.
 * Empty lines are ignored; fields are not quoted, so every comma separates two columns.
 */
final class CsvShape {

    /** Non-empty lines, a header line included. */
    final int rows;
    /** Columns of the first non-empty line (0 if there is none). */
    final int columns;
    /** 1-based number of the first line whose column count differs from the first line's, or 0. */
    final int mismatchedLine;
    /** The column count of {@link #mismatchedLine}. */
    final int mismatchedColumns;

    private CsvShape(int rows, int columns, int mismatchedLine, int mismatchedColumns) {
        this.rows = rows;
        this.columns = columns;
        this.mismatchedLine = mismatchedLine;
        this.mismatchedColumns = mismatchedColumns;
    }

    static CsvShape of(String text) {
        int rows = 0;
        int columns = 0;
        int mismatchedLine = 0;
        int mismatchedColumns = 0;
        int lineNumber = 1;
        int lineLength = 0;
        int commas = 0;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '\n';
            if (c == '\n') {
                if (lineLength > 0) {
                    rows++;
                    int lineColumns = commas + 1;
                    if (rows == 1) {
                        columns = lineColumns;
                    } else if (lineColumns != columns && mismatchedLine == 0) {
                        mismatchedLine = lineNumber;
                        mismatchedColumns = lineColumns;
                    }
                }
                lineNumber++;
                lineLength = 0;
                commas = 0;
            } else if (c != '\r') {
                lineLength++;
                if (c == ',') {
                    commas++;
                }
            }
        }
        return new CsvShape(rows, columns, mismatchedLine, mismatchedColumns);
    }
}
