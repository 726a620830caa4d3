package descent.engine.function.expression;

/** The one-argument functions a user may call, by name, with their tape opcode. */
enum MathFunction {
    SIN("sin", Opcode.SIN),
    COS("cos", Opcode.COS),
    TAN("tan", Opcode.TAN),
    EXP("exp", Opcode.EXP),
    /** Natural logarithm. */
    LOG("log", Opcode.LOG),
    SQRT("sqrt", Opcode.SQRT),
    ABS("abs", Opcode.ABS),
    TANH("tanh", Opcode.TANH),
    /** The logistic function 1 / (1 + e^-x). */
    SIGMOID("sigmoid", Opcode.SIGMOID);

    final String functionName;
    final int opcode;

    MathFunction(String functionName, int opcode) {
        this.functionName = functionName;
        this.opcode = opcode;
    }

    /** The function called {@code name}, or null when there is none. */
    static MathFunction named(String name) {
        for (MathFunction function : values()) {
            if (function.functionName.equals(name)) {
                return function;
            }
        }
        return null;
    }
}
