package descent.engine.function.expression;

/** The variable x (index 0) or y (index 1). */
final class VariableNode extends Node {

    private final String name;
    private final int index;

    VariableNode(String name, int index) {
        this.name = name;
        this.index = index;
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
        return tape.variable(index);
    }
}
