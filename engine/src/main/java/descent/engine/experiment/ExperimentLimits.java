package descent.engine.experiment;

/** The limits that the validator enforces, shared with pages that want to show them. */
public final class ExperimentLimits {

    /** The only format version this code reads and writes. */
    public static final int SCHEMA_VERSION = 1;
    /** Largest document, in bytes of UTF-8; checked before parsing. */
    public static final int MAX_DOCUMENT_BYTES = 1_048_576;
    /** Most errors listed for one document; a last entry says when more were found. */
    public static final int MAX_ERRORS = 50;
    /** Longest title, in code points. */
    public static final int MAX_TITLE_LENGTH = 100;
    /** Longest description, in code points. */
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    /** Longest parent id, in characters. */
    public static final int MAX_PARENT_LENGTH = 128;
    /** Largest seed: 2^53 - 1, the largest integer that JavaScript numbers hold exactly. */
    public static final long MAX_SEED = 9_007_199_254_740_991L;
    /** Generated data: fewest and most points. */
    public static final int MIN_POINTS = 10;
    public static final int MAX_POINTS = 2000;
    /** Generated data: largest noise level (the page shows 0-50%). */
    public static final double MAX_NOISE = 0.5;
    /** Share of the data used for training: from 0.1 to 0.9. */
    public static final double MIN_TRAIN_FRACTION = 0.1;
    public static final double MAX_TRAIN_FRACTION = 0.9;
    /** Tables (csv or inline): fewest and most rows, most columns (a CSV header line counts as a row). */
    public static final int MIN_ROWS = 2;
    public static final int MAX_ROWS = 20_000;
    public static final int MIN_COLUMNS = 2;
    public static final int MAX_COLUMNS = 100;
    /** Network shape. */
    public static final int MAX_HIDDEN_LAYERS = 10;
    public static final int MAX_UNITS = 256;
    /** Training. */
    public static final double MAX_LEARNING_RATE = 100;
    public static final int MAX_BATCH_SIZE = 20_000;
    public static final int MAX_EPOCHS = 1_000_000;
    public static final double MAX_REGULARIZATION_RATE = 10;
    /** Function experiments. */
    public static final int MAX_FUNCTION_LENGTH = 500;
    public static final int MAX_STEPS = 1_000_000;
    public static final int MAX_OPTIMIZERS = 6;

    private ExperimentLimits() {
    }
}
