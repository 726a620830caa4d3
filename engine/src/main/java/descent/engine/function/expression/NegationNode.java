package descent.engine.function.expression;

/** Unary minus. */
final class NegationNode extends Node {

    private final Node operand;

    NegationNode(Node operand) {
        this.operand = operand;
    }

    @Override
    int precedence() {
        return Precedence.SIGN;
    }

    @Override
    void appendTo(StringBuilder out) {
        out.append('-');
        appendChild(out, operand, operand.precedence() <= Precedence.SIGN);
    }

    @Override
    int emit(TapeBuilder tape) {
        return tape.unary(Opcode.NEGATE, operand.emit(tape));
    }
}
