package descent.engine.experiment;

/** Where a network experiment's data comes from. */
public enum DataSource implements JsonName {
    /** The four points of the XOR truth table; two inputs, all used for training. */
    XOR_TABLE("xor-table", Category.FIXED, 2),
    CIRCLE("circle", Category.GENERATED, 0),
    XOR("xor", Category.GENERATED, 0),
    GAUSS("gauss", Category.GENERATED, 0),
    SPIRAL("spiral", Category.GENERATED, 0),
    MOONS("moons", Category.GENERATED, 0),
    CHECKERBOARD("checkerboard", Category.GENERATED, 0),
    PLANE("plane", Category.GENERATED, 0),
    MULTI_GAUSS("multi-gauss", Category.GENERATED, 0),
    SINE("sine", Category.GENERATED, 0),
    IRIS("iris", Category.BUILT_IN, 4),
    WINE("wine", Category.BUILT_IN, 13),
    DIGITS("digits", Category.BUILT_IN, 64),
    /** CSV text in the document. */
    CSV("csv", Category.TABLE, 0),
    /** Rows of numbers in the document. */
    INLINE("inline", Category.TABLE, 0),
    /** Points in the plane given in the document as rows [x1, x2, label], e.g. drawn by hand. */
    POINTS("points", Category.PLANE, 0);

    private enum Category { FIXED, GENERATED, PLANE, BUILT_IN, TABLE }

    private final String jsonName;
    private final Category category;
    private final int fixedInputCount;

    DataSource(String jsonName, Category category, int fixedInputCount) {
        this.jsonName = jsonName;
        this.category = category;
        this.fixedInputCount = fixedInputCount;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** Whether points are generated in 2-D: such data takes points, noise and the features list. */
    public boolean isGenerated() {
        return category == Category.GENERATED;
    }

    /**
     * Whether the examples are points (x1, x2) in the plane, generated or given: such data takes
     * the features list and is drawn as a decision-boundary map.
     */
    public boolean isPlane() {
        return category == Category.GENERATED || category == Category.PLANE;
    }

    /** Whether the data is in the document itself (csv or inline) and needs a label column. */
    public boolean isTable() {
        return category == Category.TABLE;
    }

    /** Whether the data is split into training and test sets (all but the 4-point XOR table). */
    public boolean isSplit() {
        return category != Category.FIXED;
    }

    /** The number of inputs of a fixed or built-in set, or 0 when it depends on the document. */
    public int fixedInputCount() {
        return fixedInputCount;
    }

    /** The value named {@code name}, or null if none is. */
    public static DataSource fromJsonName(String name) {
        return JsonNames.find(values(), name);
    }
}
