package descent.engine.function.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ExpressionErrorTest {

    private static void assertError(String text, int position, String message) {
        ExpressionException error = assertThrows(ExpressionException.class, () -> Expression.parse(text));
        assertEquals(message, error.getMessage());
        assertEquals(position, error.position());
    }

    @Test
    void emptyInputIsRejected() {
        assertError("", 0, "Expression is empty");
        assertError("   ", 0, "Expression is empty");
        assertError(null, 0, "Expression is empty");
    }

    @Test
    void inputOverFiveHundredCharactersIsRejected() {
        String text = "x" + "+x".repeat(250);
        assertEquals(501, text.length());
        assertError(text, 500, "Expression is too long: 501 characters, the limit is 500");
    }

    @Test
    void unknownCharactersAreRejected() {
        assertError("x # 2", 2, "Unexpected character '#' at position 2");
        assertError("sin(x, y)", 5, "Unexpected character ',' at position 5");
    }

    @Test
    void anExtraClosingParenthesisIsUnexpected() {
        assertError("(x + 1))", 7, "Unexpected ')' at position 7");
        assertError(")", 0, "Expected a number or variable at position 0");
    }

    @Test
    void unknownFunctionsAreNamed() {
        assertError("sine(x)", 0, "Unknown function 'sine' at position 0");
        assertError("x + Sin(x)", 4, "Unknown function 'Sin' at position 4");
    }

    @Test
    void unknownVariablesAreNamed() {
        assertError("z + 1", 0, "Unknown name 'z' at position 0: use x, y, pi or e");
        assertError("x + x2", 4, "Unknown name 'x2' at position 4: use x, y, pi or e");
    }

    @Test
    void anUnclosedParenthesisIsReportedAtTheEnd() {
        assertError("(x + 1", 6, "Missing ')' at end of input");
        assertError("sin(x", 5, "Missing ')' at end of input");
        assertError("((x)", 4, "Missing ')' at end of input");
    }

    @Test
    void aMissingOperandIsReported() {
        assertError("x + * y", 4, "Expected a number or variable at position 4");
        assertError("x +", 3, "Expected a number or variable at end of input");
        assertError("()", 1, "Expected a number or variable at position 1");
        assertError("2^", 2, "Expected a number or variable at end of input");
        assertError("x * / 2", 4, "Expected a number or variable at position 4");
    }

    @Test
    void implicitMultiplicationIsRejectedWithAHint() {
        String hint = ": write '*' between factors, as in 2*x";
        assertError("2x", 1, "Implicit multiplication is not allowed at position 1" + hint);
        assertError("x y", 2, "Implicit multiplication is not allowed at position 2" + hint);
        assertError("(x)(y)", 3, "Implicit multiplication is not allowed at position 3" + hint);
        assertError("x(2)", 1, "Implicit multiplication is not allowed at position 1" + hint);
        assertError("2 sin(x)", 2, "Implicit multiplication is not allowed at position 2" + hint);
        assertError("(x 2)", 3, "Implicit multiplication is not allowed at position 3" + hint);
        assertError("2pi", 1, "Implicit multiplication is not allowed at position 1" + hint);
        assertError("2e", 1, "Implicit multiplication is not allowed at position 1" + hint);
    }

    @Test
    void aFunctionNameWithoutParenthesesIsRejected() {
        assertError("sin x", 4, "Function 'sin' needs parentheses, as in sin(x), at position 4");
        assertError("x + exp", 7, "Function 'exp' needs parentheses, as in exp(x), at end of input");
    }

    @Test
    void malformedNumbersAreRejected() {
        assertError("1.2.3", 0, "Malformed number '1.2.3' at position 0");
        assertError("x + .", 4, "Malformed number '.' at position 4");
        assertError("2..5", 0, "Malformed number '2..5' at position 0");
    }

    @Test
    void numbersBeyondDoubleRangeAreRejected() {
        assertError("1e999 * x", 0, "Number '1e999' is too large at position 0");
    }

    @Test
    void nestingDeeperThanOneHundredLevelsIsRejected() {
        String parentheses = "(".repeat(101) + "x" + ")".repeat(101);
        assertError(parentheses, 100, "Expression is nested too deeply at position 100: at most 100 levels");
        String signs = "-".repeat(101) + "x";
        assertError(signs, 100, "Expression is nested too deeply at position 100: at most 100 levels");
        String calls = "sin(".repeat(101) + "x";
        assertError(calls, 403, "Expression is nested too deeply at position 403: at most 100 levels");
    }

    @Test
    void hostileNestingFailsCleanlyInsteadOfOverflowingTheStack() {
        ExpressionException error = assertThrows(ExpressionException.class,
                () -> Expression.parse("(".repeat(500)));
        assertEquals(100, error.position());
        ExpressionException powers = assertThrows(ExpressionException.class,
                () -> Expression.parse("x" + "^x".repeat(249)));
        assertEquals(201, powers.position());
    }
}
