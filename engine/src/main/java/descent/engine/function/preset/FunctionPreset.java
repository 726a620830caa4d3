package descent.engine.function.preset;

/**
 * A ready-made function for the lab with settings that show its character: where to start, which
 * optimizer and learning rate to suggest, and its known minima (empty when it has none).
 */
public final class FunctionPreset {

    private final String id;
    private final String title;
    private final String expression;
    private final double[] start;
    private final String optimizer;
    private final double learningRate;
    private final double[][] minima;
    private final String description;

    FunctionPreset(String id, String title, String expression, double[] start, String optimizer, double learningRate,
            double[][] minima, String description) {
        this.id = id;
        this.title = title;
        this.expression = expression;
        this.start = start;
        this.optimizer = optimizer;
        this.learningRate = learningRate;
        this.minima = minima;
        this.description = description;
    }

    /** Short stable name, e.g. "rosenbrock". */
    public String id() {
        return id;
    }

    /** Display name, e.g. "Rosenbrock's banana valley". */
    public String title() {
        return title;
    }

    /** The function as typed, parseable by {@code Expression.parse}. */
    public String expression() {
        return expression;
    }

    /** Suggested start point (1 or 2 coordinates). */
    public double[] start() {
        return start.clone();
    }

    /** Suggested optimizer name, e.g. "sgd". */
    public String optimizer() {
        return optimizer;
    }

    /** Suggested learning rate for that optimizer. */
    public double learningRate() {
        return learningRate;
    }

    /** The known minimum points; none for a function without a minimum. */
    public double[][] minima() {
        double[][] copy = new double[minima.length][];
        for (int i = 0; i < minima.length; i++) {
            copy[i] = minima[i].clone();
        }
        return copy;
    }

    /** One or two sentences on what to look for when running it. */
    public String description() {
        return description;
    }
}
