package descent.engine.function.expression;

/** Instruction codes of the flat evaluation {@link Tape}; plain ints keep the tape free of objects. */
final class Opcode {

    static final int CONSTANT = 0;
    static final int VARIABLE = 1;
    static final int NEGATE = 2;
    static final int ADD = 3;
    static final int SUBTRACT = 4;
    static final int MULTIPLY = 5;
    static final int DIVIDE = 6;
    static final int POWER = 7;
    static final int SIN = 8;
    static final int COS = 9;
    static final int TAN = 10;
    static final int EXP = 11;
    static final int LOG = 12;
    static final int SQRT = 13;
    static final int ABS = 14;
    static final int TANH = 15;
    static final int SIGMOID = 16;

    private Opcode() {
    }
}
