package descent.engine.function.expression;

/** A named constant such as {@code pi}; printed by name, evaluated as its value. */
final class ConstantNode extends Node {

    private final String name;
    private final double value;

    ConstantNode(String name, double value) {
        this.name = name;
        this.value = value;
    }

    @Override
    int precedence() {
        return Precedence.ATOM;
    }

    @Override
    void appendTo(StringBuilder out) {
        out.append(name);
    }

    @Override
    int emit(TapeBuilder tape) {
        return tape.constant(value);
    }
}
