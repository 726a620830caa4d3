package descent.engine.function.expression;

/** A node of the parsed expression tree; it can print itself and emit itself onto a tape. */
abstract class Node {

    /** How strongly this node binds; see {@link Precedence}. */
    abstract int precedence();

    /** Appends the normalized text of this node. */
    abstract void appendTo(StringBuilder out);

    /** Emits the instructions computing this node and returns the slot holding its value. */
    abstract int emit(TapeBuilder tape);

    /** Appends {@code child}, in parentheses when {@code parenthesize} is true. */
    static void appendChild(StringBuilder out, Node child, boolean parenthesize) {
        if (parenthesize) {
            out.append('(');
        }
        child.appendTo(out);
        if (parenthesize) {
            out.append(')');
        }
    }
}
