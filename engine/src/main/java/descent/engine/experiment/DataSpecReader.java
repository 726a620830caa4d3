package descent.engine.experiment;

import descent.engine.json.JsonArray;
import descent.engine.json.JsonString;
import descent.engine.json.JsonValue;

/** Reads the {@code data} object; which fields it needs depends on the source. */
final class DataSpecReader {

    private static final NumberRange POINTS = NumberRange.between(ExperimentLimits.MIN_POINTS, ExperimentLimits.MAX_POINTS);
    private static final NumberRange NOISE = NumberRange.between(0, ExperimentLimits.MAX_NOISE);
    private static final NumberRange TRAIN_FRACTION =
            NumberRange.between(ExperimentLimits.MIN_TRAIN_FRACTION, ExperimentLimits.MAX_TRAIN_FRACTION);

    /** A point is x1, x2 and its label. */
    private static final int POINT_COLUMNS = 3;

    private DataSpecReader() {
    }

    /** The source named by {@code data.source}, without reporting anything; null if it is missing or unknown. */
    static DataSource peekSource(ObjectReader reader) {
        JsonValue source = reader.field("source", false);
        return source instanceof JsonString ? DataSource.fromJsonName(((JsonString) source).value()) : null;
    }

    /** The data, or null if invalid. */
    static DataSpec read(ObjectReader reader) {
        int errorsBefore = reader.errorCount();
        reader.allowOnly("source", "points", "noise", "trainFraction", "csv", "rows", "labelColumn", "standardize");
        DataSource source = reader.name("source", true, DataSource.values());
        Boolean standardize = reader.bool("standardize", false);
        if (source == null) {
            return null;
        }
        String notAllowed = "not allowed for source '" + source.jsonName() + "'";
        if (!source.isGenerated()) {
            reader.forbid("points", notAllowed);
            reader.forbid("noise", notAllowed);
        }
        if (!source.isSplit()) {
            reader.forbid("trainFraction", notAllowed);
        }
        if (source != DataSource.CSV) {
            reader.forbid("csv", notAllowed);
        }
        if (source != DataSource.INLINE && source != DataSource.POINTS) {
            reader.forbid("rows", notAllowed);
        }
        if (!source.isTable()) {
            reader.forbid("labelColumn", notAllowed);
        }
        DataSpec data = readBySource(reader, source);
        if (data == null || reader.errorCount() != errorsBefore) {
            return null;
        }
        return standardize == null ? data : data.withStandardize(standardize);
    }

    private static DataSpec readBySource(ObjectReader reader, DataSource source) {
        if (!source.isSplit()) {
            return DataSpec.xorTable();
        }
        Integer points = source.isGenerated() ? reader.integer("points", true, POINTS) : null;
        Double noise = source.isGenerated() ? reader.number("noise", true, NOISE) : null;
        Double trainFraction = reader.number("trainFraction", true, TRAIN_FRACTION);
        if (source == DataSource.CSV) {
            return readCsv(reader, trainFraction);
        }
        if (source == DataSource.INLINE) {
            return readInline(reader, trainFraction);
        }
        if (source == DataSource.POINTS) {
            return readPoints(reader, trainFraction);
        }
        if (trainFraction == null) {
            return null;
        }
        if (source.isGenerated()) {
            return points == null || noise == null ? null : DataSpec.generated(source, points, noise, trainFraction);
        }
        return DataSpec.builtIn(source, trainFraction);
    }

    private static DataSpec readCsv(ObjectReader reader, Double trainFraction) {
        String csv = reader.string("csv", true);
        int columns = csv == null ? 0 : checkCsvShape(reader, csv);
        Integer labelColumn = readLabelColumn(reader, columns);
        if (csv == null || columns == 0 || labelColumn == null || trainFraction == null) {
            return null;
        }
        return DataSpec.csv(csv, labelColumn, trainFraction);
    }

    /** The column count of valid CSV text, or 0 after reporting why it is not. */
    private static int checkCsvShape(ObjectReader reader, String csv) {
        CsvShape shape = CsvShape.of(csv);
        if (shape.rows < ExperimentLimits.MIN_ROWS || shape.rows > ExperimentLimits.MAX_ROWS) {
            reader.error("csv", "must have between " + ExperimentLimits.MIN_ROWS + " and " + ExperimentLimits.MAX_ROWS
                    + " non-empty lines (was " + shape.rows + ")");
            return 0;
        }
        if (shape.columns < ExperimentLimits.MIN_COLUMNS || shape.columns > ExperimentLimits.MAX_COLUMNS) {
            reader.error("csv", "must have between " + ExperimentLimits.MIN_COLUMNS + " and " + ExperimentLimits.MAX_COLUMNS
                    + " comma-separated columns (was " + shape.columns + ")");
            return 0;
        }
        if (shape.mismatchedLine > 0) {
            reader.error("csv", "line " + shape.mismatchedLine + " has " + shape.mismatchedColumns
                    + " columns, but the first line has " + shape.columns);
            return 0;
        }
        return shape.columns;
    }

    private static DataSpec readInline(ObjectReader reader, Double trainFraction) {
        JsonArray rows = reader.array("rows", true, ExperimentLimits.MIN_ROWS, ExperimentLimits.MAX_ROWS, "rows");
        double[][] values = rows == null ? null : readRows(reader, rows);
        Integer labelColumn = readLabelColumn(reader, values == null ? 0 : values[0].length);
        if (values == null || labelColumn == null || trainFraction == null) {
            return null;
        }
        return DataSpec.inline(values, labelColumn, trainFraction);
    }

    private static DataSpec readPoints(ObjectReader reader, Double trainFraction) {
        JsonArray rows = reader.array("rows", true, ExperimentLimits.MIN_ROWS, ExperimentLimits.MAX_ROWS, "rows");
        if (rows == null) {
            return null;
        }
        if (!(rows.get(0) instanceof JsonArray) || ((JsonArray) rows.get(0)).size() != POINT_COLUMNS) {
            reader.error("rows", "each point must be [x1, x2, label]");
            return null;
        }
        double[][] values = readRows(reader, rows);
        if (values == null || trainFraction == null) {
            return null;
        }
        return DataSpec.points(values, trainFraction);
    }

    /** Rows of equal length (that of the first row) holding finite numbers, or null after reporting why not. */
    private static double[][] readRows(ObjectReader reader, JsonArray rows) {
        ValueReader values = reader.values();
        String path = reader.path("rows");
        int errorsBefore = values.errorCount();
        JsonArray first = values.array(rows.get(0), path + "[0]",
                ExperimentLimits.MIN_COLUMNS, ExperimentLimits.MAX_COLUMNS, "columns");
        if (first == null) {
            return null;
        }
        double[][] result = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            String rowPath = path + "[" + i + "]";
            JsonArray row = values.array(rows.get(i), rowPath, first.size(), first.size(), "numbers, like the first row");
            result[i] = row == null ? null : values.numbers(row, rowPath);
        }
        return values.errorCount() == errorsBefore ? result : null;
    }

    /** A 0-based column index, or -1 for the last; {@code columns} is 0 when the table is invalid. */
    private static Integer readLabelColumn(ObjectReader reader, int columns) {
        int last = (columns == 0 ? ExperimentLimits.MAX_COLUMNS : columns) - 1;
        return reader.integer("labelColumn", true, NumberRange.between(-1, last));
    }
}
