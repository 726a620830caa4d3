package descent.engine.experiment;

import descent.engine.json.JsonArray;
import descent.engine.json.JsonObject;
import descent.engine.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the data comes from and how it is split. Which fields exist depends on the {@link DataSource}:
 * generated sets have points, noise and a train fraction; built-in sets a train fraction; csv and inline
 * tables their contents, a label column and a train fraction; the XOR table nothing else. Any set may be
 * standardized.
 */
public final class DataSpec {

    private final DataSource source;
    private final Integer points;
    private final Double noise;
    private final Double trainFraction;
    private final String csv;
    private final double[][] rows;
    private final Integer labelColumn;
    private final Boolean standardize;

    private DataSpec(DataSource source, Integer points, Double noise, Double trainFraction, String csv,
                     double[][] rows, Integer labelColumn, Boolean standardize) {
        this.source = source;
        this.points = points;
        this.noise = noise;
        this.trainFraction = trainFraction;
        this.csv = csv;
        this.rows = rows;
        this.labelColumn = labelColumn;
        this.standardize = standardize;
    }

    /** The four points of the XOR truth table. */
    public static DataSpec xorTable() {
        return new DataSpec(DataSource.XOR_TABLE, null, null, null, null, null, null, null);
    }

    /** Generated 2-D data; {@code source} must be a generator such as spiral. */
    public static DataSpec generated(DataSource source, int points, double noise, double trainFraction) {
        if (source == null || !source.isGenerated()) {
            throw new IllegalArgumentException("source must be a 2-D generator (was " + source + ")");
        }
        return new DataSpec(source, points, noise, trainFraction, null, null, null, null);
    }

    /** A built-in real data set: iris, wine or digits. */
    public static DataSpec builtIn(DataSource source, double trainFraction) {
        if (source != DataSource.IRIS && source != DataSource.WINE && source != DataSource.DIGITS) {
            throw new IllegalArgumentException("source must be iris, wine or digits (was " + source + ")");
        }
        return new DataSpec(source, null, null, trainFraction, null, null, null, null);
    }

    /** CSV text; {@code labelColumn} is a 0-based index, or -1 for the last column. */
    public static DataSpec csv(String text, int labelColumn, double trainFraction) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        return new DataSpec(DataSource.CSV, null, null, trainFraction, text, null, labelColumn, null);
    }

    /** Rows of numbers (copied); {@code labelColumn} is a 0-based index, or -1 for the last column. */
    public static DataSpec inline(double[][] rows, int labelColumn, double trainFraction) {
        if (rows == null) {
            throw new IllegalArgumentException("rows must not be null");
        }
        return new DataSpec(DataSource.INLINE, null, null, trainFraction, null, copy(rows), labelColumn, null);
    }

    /** A copy that states whether inputs are standardized to mean 0 and deviation 1. */
    /**
     * Points in the plane, one row [x1, x2, label] each; a label that is a whole number 0..k-1 in
     * every row makes k classes, anything else a regression target.
     */
    public static DataSpec points(double[][] rows, double trainFraction) {
        if (rows == null) {
            throw new IllegalArgumentException("rows must not be null");
        }
        return new DataSpec(DataSource.POINTS, null, null, trainFraction, null, copy(rows), null, null);
    }

    public DataSpec withStandardize(boolean value) {
        return new DataSpec(source, points, noise, trainFraction, csv, rows, labelColumn, value);
    }

    /** Where the data comes from. */
    public DataSource getSource() {
        return source;
    }

    /** Number of generated points. */
    public Optional<Integer> getPoints() {
        return Optional.ofNullable(points);
    }

    /** Noise level of generated points, from 0 to 0.5. */
    public Optional<Double> getNoise() {
        return Optional.ofNullable(noise);
    }

    /** Share of the data used for training; absent for the XOR table, which trains on all 4 points. */
    public Optional<Double> getTrainFraction() {
        return Optional.ofNullable(trainFraction);
    }

    /** The CSV text (csv source). */
    public Optional<String> getCsv() {
        return Optional.ofNullable(csv);
    }

    /** A copy of the inline rows (inline source). */
    public Optional<double[][]> getRows() {
        return rows == null ? Optional.empty() : Optional.of(copy(rows));
    }

    /** 0-based label column of a table, or -1 for the last one. */
    public Optional<Integer> getLabelColumn() {
        return Optional.ofNullable(labelColumn);
    }

    /** Whether inputs are standardized, if the document says. */
    public Optional<Boolean> getStandardize() {
        return Optional.ofNullable(standardize);
    }

    /**
     * The number of network inputs this data gives, or 0 when it depends on the features list
     * (generated data).
     */
    public int getInputCount() {
        if (source == DataSource.CSV) {
            return CsvShape.of(csv).columns - 1;
        }
        if (source == DataSource.INLINE) {
            return rows.length == 0 ? 0 : rows[0].length - 1;
        }
        return source.fixedInputCount();
    }

    JsonObject toJson() {
        JsonObject.Builder json = JsonObject.builder().put("source", source.jsonName());
        if (points != null) {
            json.put("points", points.longValue());
        }
        if (noise != null) {
            json.put("noise", noise.doubleValue());
        }
        if (trainFraction != null) {
            json.put("trainFraction", trainFraction.doubleValue());
        }
        if (csv != null) {
            json.put("csv", csv);
        }
        if (rows != null) {
            List<JsonValue> rowValues = new ArrayList<>(rows.length);
            for (double[] row : rows) {
                rowValues.add(JsonArray.ofNumbers(row));
            }
            json.put("rows", JsonArray.of(rowValues));
        }
        if (labelColumn != null) {
            json.put("labelColumn", labelColumn.longValue());
        }
        if (standardize != null) {
            json.put("standardize", standardize.booleanValue());
        }
        return json.build();
    }

    private static double[][] copy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null) {
                throw new IllegalArgumentException("rows[" + i + "] must not be null");
            }
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
