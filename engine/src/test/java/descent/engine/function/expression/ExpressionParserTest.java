package descent.engine.function.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExpressionParserTest {

    private static double valueAt(String text, double x, double y) {
        return Expression.parse(text).value(new double[] {x, y});
    }

    private static double valueOf(String text) {
        return valueAt(text, 0, 0);
    }

    @Test
    void numbersInEveryUsualNotationAreRead() {
        assertEquals(3, valueOf("3"));
        assertEquals(0.5, valueOf("0.5"));
        assertEquals(0.5, valueOf(".5"));
        assertEquals(5, valueOf("5."));
        assertEquals(0.001, valueOf("1e-3"));
        assertEquals(25000, valueOf("2.5E+4"));
        assertEquals(1000, valueOf("1E3"));
    }

    @Test
    void multiplicationBindsTighterThanAddition() {
        assertEquals(14, valueOf("2 + 3 * 4"));
        assertEquals(20, valueOf("(2 + 3) * 4"));
        assertEquals(5, valueOf("2 * 4 - 3"));
    }

    @Test
    void subtractionAndDivisionAssociateToTheLeft() {
        assertEquals(3, valueOf("10 - 4 - 3"));
        assertEquals(3, valueOf("24 / 4 / 2"));
    }

    @Test
    void powerIsRightAssociative() {
        assertEquals(512, valueOf("2^3^2"));
        assertEquals(64, valueOf("(2^3)^2"));
    }

    @Test
    void powerBindsTighterThanUnaryMinus() {
        assertEquals(-9, valueAt("-x^2", 3, 0));
        assertEquals(9, valueAt("(-x)^2", 3, 0));
        assertEquals(-4, valueOf("-2^2"));
        assertEquals(0.5, valueOf("2^-1"));
        assertEquals(12, valueOf("3*2^2"));
    }

    @Test
    void unarySignsCanBeRepeated() {
        assertEquals(4, valueAt("+x", 4, 0));
        assertEquals(4, valueAt("--x", 4, 0));
        assertEquals(-4, valueAt("-+-+-x", 4, 0));
        assertEquals(6, valueAt("2*-x", -3, 0));
    }

    @Test
    void constantsPiAndEAreKnown() {
        assertEquals(Math.PI, valueOf("pi"));
        assertEquals(Math.E, valueOf("e"));
        assertEquals(2 * Math.PI, valueOf("2*pi"));
    }

    @Test
    void everyFunctionComputesItsValue() {
        double x = 0.7;
        assertEquals(Math.sin(x), valueAt("sin(x)", x, 0));
        assertEquals(Math.cos(x), valueAt("cos(x)", x, 0));
        assertEquals(Math.tan(x), valueAt("tan(x)", x, 0));
        assertEquals(Math.exp(x), valueAt("exp(x)", x, 0));
        assertEquals(Math.log(x), valueAt("log(x)", x, 0));
        assertEquals(Math.sqrt(x), valueAt("sqrt(x)", x, 0));
        assertEquals(0.7, valueAt("abs(x)", -x, 0));
        assertEquals(Math.tanh(x), valueAt("tanh(x)", x, 0));
        assertEquals(1 / (1 + Math.exp(-x)), valueAt("sigmoid(x)", x, 0));
    }

    @Test
    void saturatingFunctionsStayFiniteForHugeArguments() {
        assertEquals(1, valueAt("tanh(x)", 1000, 0));
        assertEquals(-1, valueAt("tanh(x)", -1000, 0));
        assertEquals(1, valueAt("sigmoid(x)", 1000, 0));
        assertEquals(0, valueAt("sigmoid(x)", -1000, 0));
    }

    @Test
    void whitespaceIsIgnored() {
        assertEquals(4, valueAt("  x  +\t1 ", 3, 0));
        assertEquals(Math.sin(1), valueAt("sin ( x )", 1, 0));
    }

    @Test
    void theArticleFunctionHasTheExpectedValues() {
        assertEquals(4, valueAt("x^2 - 2*x + 1", 3, 0));
        assertEquals(0, valueAt("x^2 - 2*x + 1", 1, 0));
    }

    @Test
    void twoVariableFunctionsReadBothCoordinates() {
        assertEquals(1 + 100 * 9, valueAt("(1-x)^2 + 100*(y-x^2)^2", 0, 3));
        assertEquals(-6, valueAt("x*y", 2, -3));
    }

    @Test
    void usedVariablesDecideTheDimension() {
        Expression curve = Expression.parse("x^2 - 2*x + 1");
        assertTrue(curve.usesX());
        assertFalse(curve.usesY());
        assertEquals(1, curve.dimension());

        Expression surface = Expression.parse("x^2 + 10*y^2");
        assertTrue(surface.usesX());
        assertTrue(surface.usesY());
        assertEquals(2, surface.dimension());

        Expression onlyY = Expression.parse("y^2");
        assertFalse(onlyY.usesX());
        assertEquals(2, onlyY.dimension());

        Expression constant = Expression.parse("3 + pi");
        assertFalse(constant.usesX());
        assertFalse(constant.usesY());
        assertEquals(1, constant.dimension());
    }

    @Test
    void aOneDimensionalFunctionAcceptsAOneCoordinatePoint() {
        assertEquals(4, Expression.parse("x^2").value(new double[] {2}));
    }

    @Test
    void theLongestAcceptedInputParsesWithoutTrouble() {
        StringBuilder sum = new StringBuilder("x");
        while (sum.length() + 2 <= ExpressionParser.MAX_LENGTH) {
            sum.append("+x");
        }
        assertEquals(ExpressionParser.MAX_LENGTH - 1, sum.length());
        assertEquals(250, valueAt(sum.toString(), 1, 0));
    }

    @Test
    void oneHundredNestedParenthesesAreAccepted() {
        String text = "(".repeat(100) + "x" + ")".repeat(100);
        assertEquals(7, valueAt(text, 7, 0));
    }

    @Test
    void oneHundredChainedPowersAreAccepted() {
        String text = "1" + "^1".repeat(100);
        assertEquals(1, valueOf(text));
    }
}
