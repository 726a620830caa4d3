package descent.engine.function.expression;

/** A function call such as {@code sin(x)}. */
final class CallNode extends Node {

    private final MathFunction function;
    private final Node argument;

    CallNode(MathFunction function, Node argument) {
        this.function = function;
        this.argument = argument;
    }

    @Override
    int precedence() {
        return Precedence.ATOM;
    }

    @Override
    void appendTo(StringBuilder out) {
        out.append(function.functionName).append('(');
        argument.appendTo(out);
        out.append(')');
    }

    @Override
    int emit(TapeBuilder tape) {
        return tape.unary(function.opcode, argument.emit(tape));
    }
}
