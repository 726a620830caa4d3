package descent.engine.json;

import java.math.BigInteger;

/**
 * The shortest decimal digits that read back as a given positive double, and among those the closest
 * (Burger and Dybvig's free-format algorithm). Exact integer arithmetic makes the result identical on
 * the JVM and in the browser, which content addressing relies on.
 */
final class ShortestDecimal {

    private static final long HIDDEN_BIT = 1L << 52;
    /** 10^0 to 10^350: covers every exponent k of a double (about -323 to 309). */
    private static final BigInteger[] POWERS_OF_TEN = new BigInteger[351];

    static {
        POWERS_OF_TEN[0] = BigInteger.ONE;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1].multiply(BigInteger.TEN);
        }
    }

    /** The significant digits, without leading or trailing zeros. */
    final String digits;
    /** The value is 0.{@code digits} × 10^{@code exponent}. */
    final int exponent;

    private ShortestDecimal(String digits, int exponent) {
        this.digits = digits;
        this.exponent = exponent;
    }

    static ShortestDecimal of(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("value must be positive and finite (was " + value + ")");
        }
        long bits = Double.doubleToLongBits(value);
        int biasedExponent = (int) ((bits >>> 52) & 0x7ff);
        long fraction = bits & (HIDDEN_BIT - 1);
        long mantissa = biasedExponent == 0 ? fraction : fraction | HIDDEN_BIT;
        int binaryExponent = biasedExponent == 0 ? -1074 : biasedExponent - 1075;
        // With an even mantissa, round-half-even maps the interval's end points to this value too.
        boolean inclusive = (mantissa & 1) == 0;
        // Just above a power of two the gap to the predecessor is half the gap to the successor.
        boolean asymmetric = mantissa == HIDDEN_BIT && biasedExponent > 1;

        BigInteger r;
        BigInteger s;
        BigInteger mPlus;
        BigInteger mMinus;
        BigInteger f = BigInteger.valueOf(mantissa);
        if (binaryExponent >= 0) {
            BigInteger unit = BigInteger.ONE.shiftLeft(binaryExponent);
            if (asymmetric) {
                r = f.multiply(unit).shiftLeft(2);
                s = BigInteger.valueOf(4);
                mPlus = unit.shiftLeft(1);
            } else {
                r = f.multiply(unit).shiftLeft(1);
                s = BigInteger.valueOf(2);
                mPlus = unit;
            }
            mMinus = unit;
        } else if (asymmetric) {
            r = f.shiftLeft(2);
            s = BigInteger.ONE.shiftLeft(2 - binaryExponent);
            mPlus = BigInteger.valueOf(2);
            mMinus = BigInteger.ONE;
        } else {
            r = f.shiftLeft(1);
            s = BigInteger.ONE.shiftLeft(1 - binaryExponent);
            mPlus = BigInteger.ONE;
            mMinus = BigInteger.ONE;
        }

        int k = (int) Math.ceil(Math.log10(value) - 1e-10);
        if (k >= 0) {
            s = s.multiply(POWERS_OF_TEN[k]);
        } else {
            BigInteger scale = POWERS_OF_TEN[-k];
            r = r.multiply(scale);
            mPlus = mPlus.multiply(scale);
            mMinus = asymmetric ? mMinus.multiply(scale) : mPlus;
        }
        // The logarithm is only an estimate: correct k until the upper end of the interval is just below 10^k.
        while (reachesOne(r.add(mPlus), s, inclusive)) {
            s = s.multiply(BigInteger.TEN);
            k++;
        }
        while (!reachesOne(r.add(mPlus).multiply(BigInteger.TEN), s, inclusive)) {
            r = r.multiply(BigInteger.TEN);
            mPlus = mPlus.multiply(BigInteger.TEN);
            mMinus = asymmetric ? mMinus.multiply(BigInteger.TEN) : mPlus;
            k--;
        }

        StringBuilder digits = new StringBuilder(17);
        while (true) {
            BigInteger[] quotientAndRemainder = r.multiply(BigInteger.TEN).divideAndRemainder(s);
            int digit = quotientAndRemainder[0].intValue();
            r = quotientAndRemainder[1];
            mPlus = mPlus.multiply(BigInteger.TEN);
            // Away from powers of two both margins are equal: multiply once.
            mMinus = asymmetric ? mMinus.multiply(BigInteger.TEN) : mPlus;
            int low = r.compareTo(mMinus);
            boolean lowEnough = inclusive ? low <= 0 : low < 0;
            boolean highEnough = reachesOne(r.add(mPlus), s, inclusive);
            if (!lowEnough && !highEnough) {
                digits.append((char) ('0' + digit));
                continue;
            }
            if (lowEnough && highEnough) {
                // Both neighbours read back as the value: take the closer one.
                digit = r.shiftLeft(1).compareTo(s) < 0 ? digit : digit + 1;
            } else if (highEnough) {
                digit++;
            }
            digits.append((char) ('0' + digit));
            break;
        }
        return new ShortestDecimal(stripTrailingZeros(digits), k);
    }

    private static boolean reachesOne(BigInteger high, BigInteger s, boolean inclusive) {
        int comparison = high.compareTo(s);
        return inclusive ? comparison >= 0 : comparison > 0;
    }

    private static String stripTrailingZeros(StringBuilder digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }
}
