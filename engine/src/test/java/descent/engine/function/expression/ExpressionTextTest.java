package descent.engine.function.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExpressionTextTest {

    private static String normalized(String text) {
        return Expression.parse(text).toString();
    }

    @Test
    void theArticleFunctionPrintsAsTyped() {
        assertEquals("x^2 - 2*x + 1", normalized("x^2 - 2*x + 1"));
        assertEquals("x^2 - 2*x + 1", normalized("x ^ 2-2 * x+1"));
    }

    @Test
    void redundantParenthesesAndUnaryPlusAreDropped() {
        assertEquals("x", normalized("((x))"));
        assertEquals("x - y - 1", normalized("(x - y) - 1"));
        assertEquals("-x^2", normalized("-(x^2)"));
        assertEquals("2^3^2", normalized("2^(3^2)"));
        assertEquals("x", normalized("+x"));
        assertEquals("sin(x)*2", normalized("sin( x )*2"));
        assertEquals("(1 - x)^2 + 100*(y - x^2)^2", normalized("(1-x)^2 + 100*(y-x^2)^2"));
    }

    @Test
    void parenthesesThatChangeTheMeaningAreKept() {
        assertEquals("x - (y - 1)", normalized("x - (y - 1)"));
        assertEquals("x/(y*2)", normalized("x / (y * 2)"));
        assertEquals("(-x)^2", normalized("(-x)^2"));
        assertEquals("(2^3)^2", normalized("(2^3)^2"));
        assertEquals("-(-x)", normalized("--x"));
        assertEquals("-(x*y)", normalized("-(x*y)"));
        assertEquals("2^(-x)", normalized("2^-x"));
    }

    @Test
    void numbersAreNormalized() {
        assertEquals("1.5", normalized("1.50"));
        assertEquals("0.001", normalized("1e-3"));
        assertEquals("25000", normalized("2.5E+4"));
        assertEquals("0.5", normalized(".5"));
        assertEquals("5", normalized("5."));
        assertEquals("1e-7", normalized("0.0000001"));
    }

    @Test
    void constantsKeepTheirNames() {
        assertEquals("2*pi*x + e", normalized("2 * pi * x + e"));
    }

    @Test
    void thePrintedFormParsesBackToTheSameFunction() {
        String[] texts = {"x^2 - 2*x + 1", "-x^2 + --y", "(x - y) / (x + 2) ^ -y", "2^x^y", "x - (y - (x - y))",
            "sigmoid(x*y) - tanh(-x) * abs(y)", "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2", "exp(-(x^2 + y^2))"};
        double[] point = {0.8, 1.3};
        for (String text : texts) {
            Expression once = Expression.parse(text);
            Expression twice = Expression.parse(once.toString());
            assertEquals(once.toString(), twice.toString(), text);
            assertEquals(once.value(point), twice.value(point), text);
        }
    }
}
