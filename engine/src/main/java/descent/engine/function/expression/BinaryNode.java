package descent.engine.function.expression;

/** An infix operation such as {@code a - b} or {@code a^b}. */
final class BinaryNode extends Node {

    private final BinaryOperator operator;
    private final Node left;
    private final Node right;

    BinaryNode(BinaryOperator operator, Node left, Node right) {
        this.operator = operator;
        this.left = left;
        this.right = right;
    }

    @Override
    int precedence() {
        return operator.precedence;
    }

    @Override
    void appendTo(StringBuilder out) {
        // Parentheses are kept wherever dropping them would change the tree, so the printed
        // form parses back to exactly the same computation.
        int own = operator.precedence;
        if (operator.isRightAssociative()) {
            appendChild(out, left, left.precedence() <= own);
            out.append(operator.symbol);
            appendChild(out, right, right.precedence() < own);
        } else {
            appendChild(out, left, left.precedence() < own);
            out.append(operator.symbol);
            appendChild(out, right, right.precedence() <= own);
        }
    }

    @Override
    int emit(TapeBuilder tape) {
        int leftSlot = left.emit(tape);
        int rightSlot = right.emit(tape);
        return tape.binary(operator.opcode, leftSlot, rightSlot);
    }
}
