package descent.engine.data;

/**
 * Parses a learner's CSV text into {@link RawData}. Fields are separated by commas, rows by line
 * breaks (\n or \r\n); blank lines are skipped. The first row is a header when any of its fields
 * is not a number. Every other field must be a finite number; all rows need the same number of
 * columns. The label column (0-based, -1 for the last) decides the task: whole numbers covering
 * 0..k-1 with 2 <= k <= 256 make a k-class classification, anything else regression. Limits:
 * 20,000 data rows, 100 columns. Errors name the line and column, 1-based, e.g.
 * {@code line 7, column 3: 'abc' is not a number}.
 */
public final class CsvData {
  public static final int MAX_ROWS = 20_000;
  public static final int MAX_COLUMNS = 100;
  public static final int MAX_CLASSES = 256;

  private final RawData data;
  private final String[] featureNames;

  private CsvData(RawData data, String[] featureNames) {
    this.data = data;
    this.featureNames = featureNames;
  }

  public RawData data() {
    return data;
  }

  /** Header names of the input columns, or null when the text had no header. */
  public String[] featureNames() {
    return featureNames == null ? null : featureNames.clone();
  }

  public static CsvData parse(String text, int labelColumn) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    double[] cells = null;
    String[] header = null;
    int columns = -1;
    int rows = 0;
    int line = 0;
    int position = 0;
    int length = text.length();
    while (position < length) {
      int end = text.indexOf('\n', position);
      if (end < 0) {
        end = length;
      }
      line++;
      int lineEnd = end > position && text.charAt(end - 1) == '\r' ? end - 1 : end;
      int lineStart = position;
      position = end + 1;
      if (isBlank(text, lineStart, lineEnd)) {
        continue;
      }
      int fieldCount = countFields(text, lineStart, lineEnd);
      if (columns < 0) {
        if (fieldCount > MAX_COLUMNS) {
          throw new IllegalArgumentException("line " + line + ": " + fieldCount
              + " columns, at most " + MAX_COLUMNS + " are allowed");
        }
        if (fieldCount < 2) {
          throw new IllegalArgumentException("line " + line
              + ": need at least 2 columns (inputs and a label)");
        }
        columns = fieldCount;
        cells = new double[Math.min(MAX_ROWS, 1024) * columns];
        if (!allNumeric(text, lineStart, lineEnd)) {
          header = fields(text, lineStart, lineEnd, columns);
          continue;
        }
      } else if (fieldCount != columns) {
        throw new IllegalArgumentException("line " + line + ": expected " + columns
            + " columns but found " + fieldCount);
      }
      if (rows == MAX_ROWS) {
        throw new IllegalArgumentException("line " + line + ": more than " + MAX_ROWS
            + " data rows");
      }
      if ((rows + 1) * columns > cells.length) {
        double[] grown = new double[Math.min(2 * cells.length, MAX_ROWS * columns)];
        System.arraycopy(cells, 0, grown, 0, cells.length);
        cells = grown;
      }
      parseRow(text, lineStart, lineEnd, line, cells, rows * columns);
      rows++;
    }
    if (rows == 0) {
      throw new IllegalArgumentException("text holds no data rows");
    }
    int label = labelColumn == -1 ? columns - 1 : labelColumn;
    if (label < 0 || label >= columns) {
      throw new IllegalArgumentException("labelColumn must be -1 or in [0, " + (columns - 1)
          + "] (was " + labelColumn + ")");
    }
    return build(cells, rows, columns, label, header);
  }

  private static CsvData build(double[] cells, int rows, int columns, int label,
      String[] header) {
    int dimension = columns - 1;
    double[] inputs = new double[rows * dimension];
    double[] values = new double[rows];
    for (int r = 0; r < rows; r++) {
      int to = r * dimension;
      for (int c = 0; c < columns; c++) {
        double v = cells[r * columns + c];
        if (c == label) {
          values[r] = v;
        } else {
          inputs[to++] = v;
        }
      }
    }
    String[] names = null;
    if (header != null) {
      names = new String[dimension];
      int n = 0;
      for (int c = 0; c < columns; c++) {
        if (c != label) {
          names[n++] = header[c];
        }
      }
    }
    return new CsvData(new RawData(inputs, dimension, values, classCount(values)), names);
  }

  /** k when the values are whole numbers covering exactly 0..k-1 with 2 <= k <= 256, else 0. */
  private static int classCount(double[] values) {
    boolean[] seen = new boolean[MAX_CLASSES];
    int max = -1;
    for (double v : values) {
      if (v < 0 || v >= MAX_CLASSES || v != Math.floor(v)) {
        return 0;
      }
      seen[(int) v] = true;
      max = Math.max(max, (int) v);
    }
    for (int k = 0; k <= max; k++) {
      if (!seen[k]) {
        return 0;
      }
    }
    return max >= 1 ? max + 1 : 0;
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  private static int countFields(String text, int from, int to) {
    int count = 1;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == ',') {
        count++;
      }
    }
    return count;
  }

  private static boolean allNumeric(String text, int from, int to) {
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == ',') {
        if (parseField(text, start, i) != parseField(text, start, i)) {
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }

  private static String[] fields(String text, int from, int to, int count) {
    String[] result = new String[count];
    int start = from;
    int n = 0;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == ',') {
        result[n++] = text.substring(start, i).trim();
        start = i + 1;
      }
    }
    return result;
  }

  private static void parseRow(String text, int from, int to, int line, double[] cells,
      int offset) {
    int start = from;
    int column = 0;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == ',') {
        double value = parseField(text, start, i);
        if (value != value) {
          throw new IllegalArgumentException("line " + line + ", column " + (column + 1) + ": '"
              + text.substring(start, i).trim() + "' is not a number");
        }
        cells[offset + column] = value;
        column++;
        start = i + 1;
      }
    }
  }

  /** The field's number after trimming spaces, or NaN. */
  private static double parseField(String text, int from, int to) {
    while (from < to && isSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    return from == to ? Double.NaN : DecimalParser.parse(text, from, to);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '"';
  }
}
