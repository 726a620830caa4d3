package descent.engine.function.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens. Numbers may be written as {@code 3}, {@code 0.5},
 * {@code .5}, {@code 5.}, {@code 1e-3} or {@code 2.5E+4}; names are letters, digits and
 * underscores starting with a letter.
 */
final class Lexer {

    private final String text;
    private int position;

    private Lexer(String text) {
        this.text = text;
    }

    /** All tokens of {@code text}, always ending with an {@link TokenKind#END} token. */
    static List<Token> tokenize(String text) {
        return new Lexer(text).readAll();
    }

    private List<Token> readAll() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (position >= text.length()) {
                tokens.add(new Token(TokenKind.END, "", text.length(), 0));
                return tokens;
            }
            tokens.add(readToken());
        }
    }

    private void skipWhitespace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private Token readToken() {
        char c = text.charAt(position);
        if (isDigit(c) || c == '.') {
            return readNumber();
        }
        if (isLetter(c)) {
            return readName();
        }
        TokenKind kind = symbolKind(c);
        if (kind == null) {
            throw new ExpressionException("Unexpected character '" + c + "' at position " + position, position);
        }
        position++;
        return new Token(kind, String.valueOf(c), position - 1, 0);
    }

    private static TokenKind symbolKind(char c) {
        switch (c) {
            case '+':
                return TokenKind.PLUS;
            case '-':
                return TokenKind.MINUS;
            case '*':
                return TokenKind.STAR;
            case '/':
                return TokenKind.SLASH;
            case '^':
                return TokenKind.CARET;
            case '(':
                return TokenKind.LEFT_PARENTHESIS;
            case ')':
                return TokenKind.RIGHT_PARENTHESIS;
            default:
                return null;
        }
    }

    private Token readNumber() {
        int start = position;
        int digits = skipDigits();
        if (position < text.length() && text.charAt(position) == '.') {
            position++;
            digits += skipDigits();
        }
        boolean wellFormed = digits > 0;
        if (wellFormed && position < text.length() && (text.charAt(position) == 'e' || text.charAt(position) == 'E')
                && exponentFollows(position + 1)) {
            position++;
            if (text.charAt(position) == '+' || text.charAt(position) == '-') {
                position++;
            }
            skipDigits();
        }
        if (position < text.length() && text.charAt(position) == '.') {
            wellFormed = false;
            position++;
            skipDigits();
        }
        String literal = text.substring(start, position);
        if (!wellFormed) {
            throw new ExpressionException("Malformed number '" + literal + "' at position " + start, start);
        }
        double value = Double.parseDouble(literal);
        if (Double.isInfinite(value)) {
            throw new ExpressionException("Number '" + literal + "' is too large at position " + start, start);
        }
        return new Token(TokenKind.NUMBER, literal, start, value);
    }

    /**
     * True when the text at {@code index} continues an exponent: digits, optionally after a sign.
     * "2e" alone is not a number with an exponent; it is read as 2 followed by the name e.
     */
    private boolean exponentFollows(int index) {
        if (index < text.length() && (text.charAt(index) == '+' || text.charAt(index) == '-')) {
            index++;
        }
        return index < text.length() && isDigit(text.charAt(index));
    }

    private int skipDigits() {
        int start = position;
        while (position < text.length() && isDigit(text.charAt(position))) {
            position++;
        }
        return position - start;
    }

    private Token readName() {
        int start = position;
        while (position < text.length() && (isLetter(text.charAt(position)) || isDigit(text.charAt(position)))) {
            position++;
        }
        return new Token(TokenKind.NAME, text.substring(start, position), start, 0);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
}
