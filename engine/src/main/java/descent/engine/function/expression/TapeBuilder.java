package descent.engine.function.expression;

import java.util.Arrays;

/** Collects instructions in evaluation order (children before parents) and freezes them into a {@link Tape}. */
final class TapeBuilder {

    private int[] opcodes = new int[16];
    private int[] firstOperands = new int[16];
    private int[] secondOperands = new int[16];
    private double[] constants = new double[16];
    private boolean[] varying = new boolean[16];
    private int length;

    int constant(double value) {
        return add(Opcode.CONSTANT, 0, 0, value, false);
    }

    int variable(int index) {
        return add(Opcode.VARIABLE, index, 0, 0, true);
    }

    int unary(int opcode, int operand) {
        return add(opcode, operand, 0, 0, varying[operand]);
    }

    int binary(int opcode, int left, int right) {
        return add(opcode, left, right, 0, varying[left] || varying[right]);
    }

    Tape build() {
        return new Tape(Arrays.copyOf(opcodes, length), Arrays.copyOf(firstOperands, length),
                Arrays.copyOf(secondOperands, length), Arrays.copyOf(constants, length),
                Arrays.copyOf(varying, length));
    }

    private int add(int opcode, int first, int second, double constant, boolean dependsOnVariable) {
        if (length == opcodes.length) {
            int capacity = length * 2;
            opcodes = Arrays.copyOf(opcodes, capacity);
            firstOperands = Arrays.copyOf(firstOperands, capacity);
            secondOperands = Arrays.copyOf(secondOperands, capacity);
            constants = Arrays.copyOf(constants, capacity);
            varying = Arrays.copyOf(varying, capacity);
        }
        opcodes[length] = opcode;
        firstOperands[length] = first;
        secondOperands[length] = second;
        constants[length] = constant;
        varying[length] = dependsOnVariable;
        return length++;
    }
}
