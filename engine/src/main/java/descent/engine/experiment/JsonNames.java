package descent.engine.experiment;

/** Lookups over the values of a {@link JsonName} enum; avoids {@code Enum.valueOf}, which needs reflection. */
final class JsonNames {

    private JsonNames() {
    }

    /** The value named {@code name}, or null if none is. */
    static <E extends JsonName> E find(E[] values, String name) {
        for (E value : values) {
            if (value.jsonName().equals(name)) {
                return value;
            }
        }
        return null;
    }

    /** Whether names holds name: the parameter lists of optimizer and schedule types. */
    static boolean contains(String[] names, String name) {
        for (String candidate : names) {
            if (candidate.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** "a, b, c": the names, for messages. */
    static String list(JsonName[] values) {
        StringBuilder out = new StringBuilder();
        for (JsonName value : values) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(value.jsonName());
        }
        return out.toString();
    }
}
