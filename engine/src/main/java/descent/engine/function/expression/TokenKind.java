package descent.engine.function.expression;

/** The kinds of tokens the lexer produces. */
enum TokenKind {
    NUMBER,
    NAME,
    PLUS,
    MINUS,
    STAR,
    SLASH,
    CARET,
    LEFT_PARENTHESIS,
    RIGHT_PARENTHESIS,
    END
}
