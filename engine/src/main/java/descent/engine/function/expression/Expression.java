package descent.engine.function.expression;

/**
 * A function f(x) or f(x, y) typed by the user, parsed once and compiled to a {@link Tape} for
 * fast evaluation with exact gradients. Points are {@code double[]} with x at index 0 and y at
 * index 1. Evaluation reuses internal buffers: it allocates nothing and is not thread-safe.
 */
public final class Expression {

    private final Node root;
    private final Tape tape;
    private final boolean usesX;
    private final boolean usesY;

    private Expression(ExpressionParser parsed) {
        this.root = parsed.root();
        this.usesX = parsed.usesX();
        this.usesY = parsed.usesY();
        TapeBuilder builder = new TapeBuilder();
        root.emit(builder);
        this.tape = builder.build();
    }

    /**
     * Parses {@code text} such as {@code "x^2 - 2*x + 1"}.
     *
     * @throws ExpressionException with the 0-based position of the first problem
     */
    public static Expression parse(String text) {
        if (text == null) {
            throw new ExpressionException("Expression is empty", 0);
        }
        return new Expression(ExpressionParser.parse(text));
    }

    /** True when x occurs in the expression. */
    public boolean usesX() {
        return usesX;
    }

    /** True when y occurs in the expression. */
    public boolean usesY() {
        return usesY;
    }

    /** 2 when y occurs (a surface over the plane), otherwise 1 (a curve over the x axis). */
    public int dimension() {
        return usesY ? 2 : 1;
    }

    /** f(point); {@code point} needs at least {@link #dimension()} coordinates. */
    public double value(double[] point) {
        requireCoordinates(point.length, "point");
        return tape.forward(point);
    }

    /**
     * f(point), with the exact gradient written to {@code gradientOut} (df/dx at 0, df/dy at 1;
     * entries for variables that do not occur are 0). Both arrays need at least
     * {@link #dimension()} entries.
     */
    public double valueAndGradient(double[] point, double[] gradientOut) {
        requireCoordinates(point.length, "point");
        requireCoordinates(gradientOut.length, "gradientOut");
        return tape.forwardAndBackward(point, gradientOut);
    }

    /** Normalized text, e.g. {@code "x^2 - 2*x + 1"}; it parses back to the same computation. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        root.appendTo(out);
        return out.toString();
    }

    private void requireCoordinates(int length, String name) {
        if (length < dimension()) {
            throw new IllegalArgumentException(name + " has " + length + " entries but f uses " + dimension()
                    + " variables");
        }
    }
}
