package descent.engine.function.expression;

import descent.engine.function.NumberText;

/** A number literal, printed in its shortest exact form. */
final class NumberNode extends Node {

    private final double value;

    NumberNode(double value) {
        this.value = value;
    }

    @Override
    int precedence() {
        return Precedence.ATOM;
    }

    @Override
    void appendTo(StringBuilder out) {
        out.append(NumberText.exact(value));
    }

    @Override
    int emit(TapeBuilder tape) {
        return tape.constant(value);
    }
}
