package descent.engine.function.expression;

/** The five infix operators with their printed symbol, precedence and tape opcode. */
enum BinaryOperator {
    ADD(" + ", Precedence.SUM, Opcode.ADD),
    SUBTRACT(" - ", Precedence.SUM, Opcode.SUBTRACT),
    MULTIPLY("*", Precedence.PRODUCT, Opcode.MULTIPLY),
    DIVIDE("/", Precedence.PRODUCT, Opcode.DIVIDE),
    /** Right-associative: {@code 2^3^2} is {@code 2^(3^2)}. */
    POWER("^", Precedence.POWER, Opcode.POWER);

    final String symbol;
    final int precedence;
    final int opcode;

    BinaryOperator(String symbol, int precedence, int opcode) {
        this.symbol = symbol;
        this.precedence = precedence;
        this.opcode = opcode;
    }

    boolean isRightAssociative() {
        return this == POWER;
    }
}
