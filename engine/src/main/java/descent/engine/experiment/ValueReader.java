package descent.engine.experiment;

import descent.engine.json.JsonArray;
import descent.engine.json.JsonBoolean;
import descent.engine.json.JsonNumber;
import descent.engine.json.JsonObject;
import descent.engine.json.JsonString;
import descent.engine.json.JsonValue;

/**
 * Type and range checks of single values. Each method reports at most one error at {@code path} and
 * returns null when the value is unusable, so callers can go on and collect further errors.
 */
final class ValueReader {

    private final ErrorCollector errors;

    ValueReader(ErrorCollector errors) {
        this.errors = errors;
    }

    /** All errors so far; a reader compares it before and after reading a part to know if the part is valid. */
    int errorCount() {
        return errors.count();
    }

    void error(String path, String message) {
        errors.add(path, message);
    }

    /** A finite number within {@code range}. */
    Double number(JsonValue value, String path, NumberRange range) {
        JsonNumber number = finiteNumber(value, path);
        if (number == null) {
            return null;
        }
        if (!range.contains(number.doubleValue())) {
            error(path, range.describe() + " (was " + TextRules.shortened(number.text()) + ")");
            return null;
        }
        return number.doubleValue();
    }

    /** An integer within {@code range}; 2.0 counts as the integer 2. */
    Long integer(JsonValue value, String path, NumberRange range) {
        JsonNumber number = finiteNumber(value, path);
        if (number == null) {
            return null;
        }
        if (!number.isIntegral()) {
            error(path, "must be an integer (was " + TextRules.shortened(number.text()) + ")");
            return null;
        }
        if (!range.contains(number.doubleValue())) {
            error(path, range.describe() + " (was " + TextRules.shortened(number.text()) + ")");
            return null;
        }
        return (long) number.doubleValue();
    }

    String string(JsonValue value, String path) {
        if (!(value instanceof JsonString)) {
            error(path, "must be a string");
            return null;
        }
        return ((JsonString) value).value();
    }

    Boolean bool(JsonValue value, String path) {
        if (!(value instanceof JsonBoolean)) {
            error(path, "must be a boolean");
            return null;
        }
        return ((JsonBoolean) value).value();
    }

    /** One of the names of {@code values}. */
    <E extends JsonName> E name(JsonValue value, String path, E[] values) {
        String text = string(value, path);
        if (text == null) {
            return null;
        }
        E found = JsonNames.find(values, text);
        if (found == null) {
            error(path, "must be one of: " + JsonNames.list(values) + " (was " + TextRules.quote(text) + ")");
        }
        return found;
    }

    JsonObject object(JsonValue value, String path) {
        if (!(value instanceof JsonObject)) {
            error(path, "must be an object");
            return null;
        }
        return (JsonObject) value;
    }

    JsonArray array(JsonValue value, String path) {
        if (!(value instanceof JsonArray)) {
            error(path, "must be an array");
            return null;
        }
        return (JsonArray) value;
    }

    /** An array whose length is within [min, max]; {@code items} names the elements in the message. */
    JsonArray array(JsonValue value, String path, int min, int max, String items) {
        JsonArray array = array(value, path);
        if (array == null) {
            return null;
        }
        if (array.size() < min || array.size() > max) {
            String count = min == max ? String.valueOf(min) : "between " + min + " and " + max;
            error(path, "must have " + count + " " + items + " (was " + array.size() + ")");
            return null;
        }
        return array;
    }

    /** Every element of {@code array} as a finite number, or null if any is not. */
    double[] numbers(JsonArray array, String path) {
        double[] result = new double[array.size()];
        boolean valid = true;
        for (int i = 0; i < array.size(); i++) {
            Double number = number(array.get(i), path + "[" + i + "]", NumberRange.ANY);
            if (number == null) {
                valid = false;
            } else {
                result[i] = number;
            }
        }
        return valid ? result : null;
    }

    private JsonNumber finiteNumber(JsonValue value, String path) {
        if (!(value instanceof JsonNumber)) {
            error(path, "must be a number");
            return null;
        }
        JsonNumber number = (JsonNumber) value;
        if (!number.isFinite()) {
            error(path, "must be a finite number (was " + TextRules.shortened(number.text()) + ")");
            return null;
        }
        return number;
    }
}
