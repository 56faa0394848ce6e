package org.romaexplorer.model;

/**
 * Text from the user's input made safe for a one-line message: control, format and separator characters
 * (a newline in a JSON key, a U+FEFF byte-order mark, a bidi override, a lone surrogate) are shown as
 * escapes ({@code \n}, {@code \r}, {@code \t}, or a backslash, "u" and four hex digits) and over-long text
 * is cut with "…". Every error message goes through here: {@link InvalidParameterException} on
 * construction, the CLI's error line and the window's dialogs. Applying it twice changes nothing.
 */
public final class OneLine {
    /** Longest message kept, in characters (one more for the "…" of a cut message). */
    public static final int MAX_CHARS = 400;

    private OneLine() {}

    public static String of(String text) {
        return of(text, MAX_CHARS);
    }

    /** {@code text} escaped, and cut to {@code max} characters plus "…" when longer than {@code max + 1}. */
    public static String of(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max) + 8);
        for (int i = 0; i < text.length() && sb.length() <= max + 1; ) {
            int cp = text.codePointAt(i);
            append(sb, cp);
            i += Character.charCount(cp);
        }
        if (sb.length() <= max + 1) {
            return sb.toString();
        }
        int cut = Character.isHighSurrogate(sb.charAt(max - 1)) ? max - 1 : max;
        return sb.substring(0, cut) + "…";
    }

    private static void append(StringBuilder sb, int cp) {
        switch (cp) {
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            default -> {
                if (invisible(cp)) {
                    sb.append(String.format("\\u%04X", cp));
                } else {
                    sb.appendCodePoint(cp);
                }
            }
        }
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
    }
}
