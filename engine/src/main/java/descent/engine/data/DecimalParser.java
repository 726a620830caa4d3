package descent.engine.data;

/**
 * Parses a decimal number such as {@code -12.5}, {@code 3e-2} or {@code 16} the same way on every
 * platform. When the digits form an integer below 2^53 and the power of ten is at most 22 (every
 * number in the bundled data sets), the value is one correctly rounded IEEE multiplication or
 * division of two exact doubles (Clinger, "How to read floating point numbers accurately", 1990),
 * so it cannot depend on the platform's parser. Longer numbers, after the same syntax check, go to
 * {@link Double#parseDouble}.
 */
final class DecimalParser {
  private static final double[] POWERS_OF_TEN = new double[23];
  private static final long TWO_TO_53 = 1L << 53;

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private DecimalParser() {
  }

  /** The value of text[from, to), or NaN when it is not a finite decimal number. */
  static double parse(String text, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int significant = 0;
    int exponent = 0;
    boolean exact = true;
    boolean seenPoint = false;
    for (; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (seenPoint) {
          return Double.NaN;
        }
        seenPoint = true;
      } else if (c >= '0' && c <= '9') {
        digits++;
        if (mantissa > 0 || c != '0') {
          significant++;
        }
        if (significant <= 18) {
          mantissa = mantissa * 10 + (c - '0');
          if (seenPoint) {
            exponent--;
          }
        } else {
          exact = false;
          if (!seenPoint) {
            exponent++;
          }
        }
      } else {
        break;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    if (i < to && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
        negativeExponent = text.charAt(i) == '-';
        i++;
      }
      int exponentDigits = 0;
      int value = 0;
      for (; i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
        exponentDigits++;
        if (value < 100_000) {
          value = value * 10 + (text.charAt(i) - '0');
        }
      }
      if (exponentDigits == 0) {
        return Double.NaN;
      }
      exponent += negativeExponent ? -value : value;
    }
    if (i != to) {
      return Double.NaN;
    }
    double result;
    if (exact && mantissa < TWO_TO_53 && exponent >= -22 && exponent <= 22) {
      result = exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent]
          : mantissa / POWERS_OF_TEN[-exponent];
    } else {
      result = Double.parseDouble(text.substring(from, to));
    }
    if (Double.isInfinite(result)) {
      return Double.NaN;
    }
    return negative && result == result ? -Math.abs(result) : Math.abs(result);
  }
}
