package descent.engine.experiment;

/** Reads the fields that both kinds share: title, description and parent. */
final class CommonFieldsReader {

    /** The fields every document may have. */
    static final String[] FIELDS = {"schemaVersion", "kind", "title", "description", "parent"};

    private CommonFieldsReader() {
    }

    /** Plain text of at most 100 code points without control characters; null when absent or invalid. */
    static String title(ObjectReader root) {
        String title = root.string("title", false);
        if (title == null) {
            return null;
        }
        boolean valid = checkLength(root, "title", title, ExperimentLimits.MAX_TITLE_LENGTH);
        if (TextRules.hasControlCharacter(title, false)) {
            root.error("title", "must not contain control characters");
            valid = false;
        }
        return valid ? title : null;
    }

    /** Plain text of at most 2000 code points; line breaks and tabs are allowed, other control characters not. */
    static String description(ObjectReader root) {
        String description = root.string("description", false);
        if (description == null) {
            return null;
        }
        boolean valid = checkLength(root, "description", description, ExperimentLimits.MAX_DESCRIPTION_LENGTH);
        if (TextRules.hasControlCharacter(description, true)) {
            root.error("description", "must not contain control characters other than line breaks and tabs");
            valid = false;
        }
        return valid ? description : null;
    }

    /** An experiment id: 1 to 128 ASCII letters, digits, '.', '_', ':' or '-'. */
    static String parent(ObjectReader root) {
        String parent = root.string("parent", false);
        if (parent == null) {
            return null;
        }
        if (parent.isEmpty() || parent.length() > ExperimentLimits.MAX_PARENT_LENGTH || !isIdText(parent)) {
            root.error("parent", "must be 1 to " + ExperimentLimits.MAX_PARENT_LENGTH
                    + " letters, digits, '.', '_', ':' or '-' (was " + TextRules.quote(parent) + ")");
            return null;
        }
        return parent;
    }

    private static boolean checkLength(ObjectReader root, String key, String text, int max) {
        int length = TextRules.length(text);
        if (length > max) {
            root.error(key, "must be at most " + max + " characters (was " + length + ")");
            return false;
        }
        return true;
    }

    private static boolean isIdText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }
}
