package descent.engine.function.expression;

/** Binding strength of each syntactic form, used to print only the parentheses that matter. */
final class Precedence {

    static final int SUM = 1;
    static final int PRODUCT = 2;
    /** Unary minus binds weaker than {@code ^}: {@code -x^2} means {@code -(x^2)}. */
    static final int SIGN = 3;
    static final int POWER = 4;
    /** Numbers, names and function calls never need parentheses. */
    static final int ATOM = 5;

    private Precedence() {
    }
}
