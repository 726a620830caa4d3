package descent.engine.function.expression;

import java.util.List;

/**
 * Recursive-descent parser for the grammar
 * <pre>
 *   sum     = product (("+" | "-") product)*
 *   product = signed (("*" | "/") signed)*
 *   signed  = ("-" | "+") signed | power
 *   power   = atom ("^" signed)?          right-associative, binds tighter than a sign
 *   atom    = number | "x" | "y" | "pi" | "e" | function "(" sum ")" | "(" sum ")"
 * </pre>
 * Each parenthesis, function call, sign and exponent opens one nesting level; more than
 * {@link #MAX_DEPTH} levels is an error, so hostile input cannot overflow the stack.
 */
final class ExpressionParser {

    /** Longest accepted input, in characters. */
    static final int MAX_LENGTH = 500;
    /** Deepest accepted nesting of parentheses, calls, signs and exponents. */
    static final int MAX_DEPTH = 100;

    private final List<Token> tokens;
    private int next;
    private int depth;
    private boolean usesX;
    private boolean usesY;
    private Node root;

    private ExpressionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses {@code text}; the result tells which variables occur. */
    static ExpressionParser parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new ExpressionException("Expression is too long: " + text.length() + " characters, the limit is "
                    + MAX_LENGTH, MAX_LENGTH);
        }
        ExpressionParser parser = new ExpressionParser(Lexer.tokenize(text));
        if (parser.peek().kind == TokenKind.END) {
            throw new ExpressionException("Expression is empty", 0);
        }
        parser.root = parser.parseSum();
        Token rest = parser.peek();
        if (rest.kind != TokenKind.END) {
            throw parser.unexpected(rest);
        }
        return parser;
    }

    Node root() {
        return root;
    }

    boolean usesX() {
        return usesX;
    }

    boolean usesY() {
        return usesY;
    }

    private Node parseSum() {
        Node left = parseProduct();
        while (peek().kind == TokenKind.PLUS || peek().kind == TokenKind.MINUS) {
            BinaryOperator operator = advance().kind == TokenKind.PLUS ? BinaryOperator.ADD : BinaryOperator.SUBTRACT;
            left = new BinaryNode(operator, left, parseProduct());
        }
        return left;
    }

    private Node parseProduct() {
        Node left = parseSigned();
        while (peek().kind == TokenKind.STAR || peek().kind == TokenKind.SLASH) {
            BinaryOperator operator =
                    advance().kind == TokenKind.STAR ? BinaryOperator.MULTIPLY : BinaryOperator.DIVIDE;
            left = new BinaryNode(operator, left, parseSigned());
        }
        return left;
    }

    private Node parseSigned() {
        TokenKind kind = peek().kind;
        if (kind != TokenKind.MINUS && kind != TokenKind.PLUS) {
            return parsePower();
        }
        Token sign = advance();
        enterLevel(sign);
        Node operand = parseSigned();
        depth--;
        return kind == TokenKind.MINUS ? new NegationNode(operand) : operand;
    }

    private Node parsePower() {
        Node base = parseAtom();
        if (peek().kind != TokenKind.CARET) {
            return base;
        }
        enterLevel(advance());
        Node exponent = parseSigned();
        depth--;
        return new BinaryNode(BinaryOperator.POWER, base, exponent);
    }

    private Node parseAtom() {
        Token token = advance();
        switch (token.kind) {
            case NUMBER:
                return new NumberNode(token.number);
            case NAME:
                return parseName(token);
            case LEFT_PARENTHESIS:
                return parseParenthesized(token);
            case END:
                throw new ExpressionException("Expected a number or variable at end of input", token.position);
            default:
                throw new ExpressionException("Expected a number or variable at position " + token.position,
                        token.position);
        }
    }

    private Node parseName(Token name) {
        switch (name.text) {
            case "x":
                usesX = true;
                return new VariableNode("x", 0);
            case "y":
                usesY = true;
                return new VariableNode("y", 1);
            case "pi":
                return new ConstantNode("pi", Math.PI);
            case "e":
                return new ConstantNode("e", Math.E);
            default:
                return parseCall(name);
        }
    }

    private Node parseCall(Token name) {
        MathFunction function = MathFunction.named(name.text);
        boolean calledLikeFunction = peek().kind == TokenKind.LEFT_PARENTHESIS;
        if (function == null && calledLikeFunction) {
            throw new ExpressionException("Unknown function '" + name.text + "' at position " + name.position,
                    name.position);
        }
        if (function == null) {
            throw new ExpressionException("Unknown name '" + name.text + "' at position " + name.position
                    + ": use x, y, pi or e", name.position);
        }
        if (!calledLikeFunction) {
            Token after = peek();
            throw new ExpressionException("Function '" + function.functionName + "' needs parentheses, as in "
                    + function.functionName + "(x), at " + where(after), after.position);
        }
        return new CallNode(function, parseParenthesized(advance()));
    }

    /** Parses "sum )" after an already consumed opening parenthesis. */
    private Node parseParenthesized(Token open) {
        enterLevel(open);
        Node inner = parseSum();
        depth--;
        Token close = advance();
        if (close.kind != TokenKind.RIGHT_PARENTHESIS) {
            throw close.kind == TokenKind.END
                    ? new ExpressionException("Missing ')' at end of input", close.position)
                    : unexpected(close);
        }
        return inner;
    }

    private void enterLevel(Token opener) {
        depth++;
        if (depth > MAX_DEPTH) {
            throw new ExpressionException("Expression is nested too deeply at position " + opener.position
                    + ": at most " + MAX_DEPTH + " levels", opener.position);
        }
    }

    /** The error for a token that cannot continue a complete sub-expression. */
    private ExpressionException unexpected(Token token) {
        if (token.startsFactor()) {
            return new ExpressionException("Implicit multiplication is not allowed at position " + token.position
                    + ": write '*' between factors, as in 2*x", token.position);
        }
        return new ExpressionException("Unexpected '" + token.text + "' at position " + token.position,
                token.position);
    }

    private static String where(Token token) {
        return token.kind == TokenKind.END ? "end of input" : "position " + token.position;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token advance() {
        Token token = tokens.get(next);
        if (token.kind != TokenKind.END) {
            next++;
        }
        return token;
    }
}
