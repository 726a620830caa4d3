package descent.engine.experiment;

import descent.engine.json.JsonWriter;

/** Checks on free text and the quoting of document text inside error messages. */
final class TextRules {

    private static final int QUOTE_LIMIT = 40;

    private TextRules() {
    }

    /** Whether {@code text} holds a C0 or C1 control character or DEL; line breaks and tabs may be allowed. */
    static boolean hasControlCharacter(String text, boolean allowLineBreaksAndTabs) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean whitespace = c == '\n' || c == '\r' || c == '\t';
            if ((c < 0x20 || (c >= 0x7f && c <= 0x9f)) && !(allowLineBreaksAndTabs && whitespace)) {
                return true;
            }
        }
        return false;
    }

    /** Length in code points, which is what people count as characters (an emoji is one). */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** {@code text} in single quotes, escaped and shortened so that a hostile value cannot flood a message. */
    static String quote(String text) {
        return "'" + display(text) + "'";
    }

    /** {@code text} escaped as in JSON and shortened to about 40 characters. */
    static String display(String text) {
        String shown = text;
        if (text.length() > QUOTE_LIMIT) {
            int end = QUOTE_LIMIT;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // never cut a surrogate pair in half
            }
            shown = text.substring(0, end) + "...";
        }
        return JsonWriter.escape(shown);
    }

    /** A number's document text, shortened like {@link #quote} but without quotes. */
    static String shortened(String text) {
        return text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "..." : text;
    }
}
