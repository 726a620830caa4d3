package descent.engine.function.expression;

/** One token of the input: its kind, its text, where it starts and, for numbers, its value. */
final class Token {

    final TokenKind kind;
    final String text;
    final int position;
    final double number;

    Token(TokenKind kind, String text, int position, double number) {
        this.kind = kind;
        this.text = text;
        this.position = position;
        this.number = number;
    }

    /** True for tokens that can start a factor; one right after another factor means "2x". */
    boolean startsFactor() {
        return kind == TokenKind.NUMBER || kind == TokenKind.NAME || kind == TokenKind.LEFT_PARENTHESIS;
    }
}
