package descent.engine.function.expression;

import java.util.Arrays;

/**
 * The expression compiled to a flat list of instructions ("Wengert list"). Instruction i writes
 * slot i; operands are earlier slots. Derivatives come from reverse-mode automatic
 * differentiation (Griewank and Walther, "Evaluating Derivatives", 2nd ed., SIAM 2008):
 * one forward sweep stores every intermediate value, one backward sweep accumulates the adjoint
 * df/d(slot) from the last slot down to the variables. Both sweeps reuse preallocated arrays, so
 * an evaluation allocates nothing. A tape is therefore not safe to share between threads.
 */
final class Tape {

    /** Above this |x| tanh(x) is exactly +-1 in double precision. */
    private static final double TANH_SATURATION = 20;

    private final int[] opcodes;
    private final int[] firstOperands;
    private final int[] secondOperands;
    private final double[] constants;
    /** True for slots that depend on x or y; only those need adjoints. */
    private final boolean[] varying;
    private final double[] values;
    private final double[] adjoints;

    Tape(int[] opcodes, int[] firstOperands, int[] secondOperands, double[] constants, boolean[] varying) {
        this.opcodes = opcodes;
        this.firstOperands = firstOperands;
        this.secondOperands = secondOperands;
        this.constants = constants;
        this.varying = varying;
        this.values = new double[opcodes.length];
        this.adjoints = new double[opcodes.length];
    }

    /** f(point); the forward sweep only. */
    double forward(double[] point) {
        for (int i = 0; i < opcodes.length; i++) {
            values[i] = compute(i, point);
        }
        return values[opcodes.length - 1];
    }

    /** f(point), writing df/dx_j into {@code gradientOut[j]} for every j of gradientOut. */
    double forwardAndBackward(double[] point, double[] gradientOut) {
        double value = forward(point);
        Arrays.fill(gradientOut, 0);
        Arrays.fill(adjoints, 0);
        adjoints[opcodes.length - 1] = 1;
        for (int i = opcodes.length - 1; i >= 0; i--) {
            if (varying[i] && adjoints[i] != 0) {
                propagate(i, gradientOut);
            }
        }
        return value;
    }

    private double compute(int i, double[] point) {
        int opcode = opcodes[i];
        if (opcode == Opcode.CONSTANT) {
            return constants[i];
        }
        if (opcode == Opcode.VARIABLE) {
            return point[firstOperands[i]];
        }
        double a = values[firstOperands[i]];
        double b = values[secondOperands[i]];
        switch (opcode) {
            case Opcode.NEGATE:
                return -a;
            case Opcode.ADD:
                return a + b;
            case Opcode.SUBTRACT:
                return a - b;
            case Opcode.MULTIPLY:
                return a * b;
            case Opcode.DIVIDE:
                return a / b;
            case Opcode.POWER:
                return Math.pow(a, b);
            case Opcode.SIN:
                return Math.sin(a);
            case Opcode.COS:
                return Math.cos(a);
            case Opcode.TAN:
                return Math.tan(a);
            case Opcode.EXP:
                return Math.exp(a);
            case Opcode.LOG:
                return Math.log(a);
            case Opcode.SQRT:
                return Math.sqrt(a);
            case Opcode.ABS:
                return Math.abs(a);
            case Opcode.TANH:
                return tanh(a);
            case Opcode.SIGMOID:
                return 1 / (1 + Math.exp(-a));
            default:
                throw new IllegalStateException("Unknown opcode " + opcode);
        }
    }

    /** Adds slot i's contribution to the adjoints of its operands (chain rule, one step). */
    private void propagate(int i, double[] gradientOut) {
        int first = firstOperands[i];
        int second = secondOperands[i];
        double adjoint = adjoints[i];
        if (opcodes[i] == Opcode.VARIABLE) {
            gradientOut[first] += adjoint;
            return;
        }
        double a = values[first];
        double b = values[second];
        double result = values[i];
        switch (opcodes[i]) {
            case Opcode.NEGATE:
                adjoints[first] -= adjoint;
                break;
            case Opcode.ADD:
                adjoints[first] += adjoint;
                adjoints[second] += adjoint;
                break;
            case Opcode.SUBTRACT:
                adjoints[first] += adjoint;
                adjoints[second] -= adjoint;
                break;
            case Opcode.MULTIPLY:
                adjoints[first] += adjoint * b;
                adjoints[second] += adjoint * a;
                break;
            case Opcode.DIVIDE:
                adjoints[first] += adjoint / b;
                adjoints[second] -= adjoint * result / b;
                break;
            case Opcode.POWER:
                propagatePower(first, second, adjoint, a, b, result);
                break;
            case Opcode.SIN:
                adjoints[first] += adjoint * Math.cos(a);
                break;
            case Opcode.COS:
                adjoints[first] -= adjoint * Math.sin(a);
                break;
            case Opcode.TAN:
                adjoints[first] += adjoint * (1 + result * result);
                break;
            case Opcode.EXP:
                adjoints[first] += adjoint * result;
                break;
            case Opcode.LOG:
                adjoints[first] += adjoint / a;
                break;
            case Opcode.SQRT:
                adjoints[first] += adjoint * 0.5 / result;
                break;
            case Opcode.ABS:
                // The subgradient 0 is used at the kink x = 0.
                adjoints[first] += adjoint * Math.signum(a);
                break;
            case Opcode.TANH:
                adjoints[first] += adjoint * (1 - result * result);
                break;
            case Opcode.SIGMOID:
                adjoints[first] += adjoint * result * (1 - result);
                break;
            default:
                throw new IllegalStateException("Opcode " + opcodes[i] + " has no derivative");
        }
    }

    /** d(a^b)/da = b a^(b-1) and d(a^b)/db = a^b ln a, each only where it is defined and needed. */
    private void propagatePower(int first, int second, double adjoint, double a, double b, double result) {
        if (varying[first] && b != 0) {
            adjoints[first] += adjoint * b * Math.pow(a, b - 1);
        }
        // With a = 0 and b > 0 the limit of a^b ln a is 0; computing it would give 0 * -Infinity.
        if (varying[second] && result != 0) {
            adjoints[second] += adjoint * result * Math.log(a);
        }
    }

    /** tanh that stays finite for huge |x|; TeaVM derives tanh from exp(x), which overflows. */
    private static double tanh(double x) {
        if (Math.abs(x) > TANH_SATURATION) {
            return Math.signum(x);
        }
        return Math.tanh(x);
    }
}
