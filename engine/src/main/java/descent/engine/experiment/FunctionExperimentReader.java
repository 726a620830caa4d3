package descent.engine.experiment;

import descent.engine.function.expression.Expression;
import descent.engine.function.expression.ExpressionException;
import descent.engine.json.JsonArray;
import descent.engine.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/** Reads the fields of a document of kind "function". */
final class FunctionExperimentReader {

    private static final String[] OWN_FIELDS = {"seed", "function", "start", "tolerance", "maxSteps", "optimizers"};

    private FunctionExperimentReader() {
    }

    /** The experiment, or null if anything is invalid. */
    static FunctionExperiment read(ObjectReader root) {
        int errorsBefore = root.errorCount();
        root.allowOnly(CommonFieldsReader.FIELDS, OWN_FIELDS);
        String title = CommonFieldsReader.title(root);
        String description = CommonFieldsReader.description(root);
        String parent = CommonFieldsReader.parent(root);
        Long seed = root.longInteger("seed", false, NumberRange.between(0, ExperimentLimits.MAX_SEED));
        String function = readFunction(root);
        JsonArray startArray = root.array("start", true, 1, 2, "coordinates");
        double[] start = startArray == null ? null : root.values().numbers(startArray, root.path("start"));
        Double tolerance = root.number("tolerance", true, NumberRange.above(0));
        Integer maxSteps = root.integer("maxSteps", true, NumberRange.between(1, ExperimentLimits.MAX_STEPS));
        List<OptimizerSpec> optimizers = readOptimizers(root);
        if (function != null && root.errorCount() == errorsBefore) {
            checkFormula(root, function, start);
        }
        if (root.errorCount() != errorsBefore) {
            return null;
        }
        return new FunctionExperiment(title, description, parent, seed, function, start, tolerance, maxSteps, optimizers);
    }

    /** The formula's text; its syntax is the expression parser's to check, here only its length and characters. */
    private static String readFunction(ObjectReader root) {
        String function = root.string("function", true);
        if (function == null) {
            return null;
        }
        int length = TextRules.length(function);
        if (function.trim().isEmpty()) {
            root.error("function", "must not be empty");
        } else if (length > ExperimentLimits.MAX_FUNCTION_LENGTH) {
            root.error("function",
                    "must be at most " + ExperimentLimits.MAX_FUNCTION_LENGTH + " characters (was " + length + ")");
        } else if (TextRules.hasControlCharacter(function, false)) {
            root.error("function", "must not contain control characters");
        }
        return function;
    }

    /**
     * The formula's grammar, checked by the function lab's own parser so that no stored
     * experiment can fail to run; and a start point with a coordinate for every variable.
     */
    private static void checkFormula(ObjectReader root, String function, double[] start) {
        Expression expression;
        try {
            expression = Expression.parse(function);
        } catch (ExpressionException e) {
            root.error("function", e.getMessage());
            return;
        }
        if (start != null && expression.dimension() > start.length) {
            root.error("start", "needs " + expression.dimension() + " coordinates for a function of x and y");
        }
    }

    private static List<OptimizerSpec> readOptimizers(ObjectReader root) {
        JsonArray array = root.array("optimizers", true, 1, ExperimentLimits.MAX_OPTIMIZERS, "optimizers");
        if (array == null) {
            return null;
        }
        List<OptimizerSpec> optimizers = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String path = root.path("optimizers") + "[" + i + "]";
            JsonObject object = root.values().object(array.get(i), path);
            if (object == null) {
                continue;
            }
            ObjectReader entry = new ObjectReader(object, path, root.values());
            entry.allowOnly(OptimizerSpecReader.FIELDS);
            optimizers.add(OptimizerSpecReader.read(entry));
        }
        return optimizers;
    }
}
