package org.romaexplorer.publish;

/** Escaping for HTML text and attributes; the output is also well-formed XML (no named entities). */
public final class Html {
    private Html() {}

    public static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code <tag>escaped text</tag>}. */
    public static String el(String tag, String text) {
        return "<" + tag + ">" + esc(text) + "</" + tag + ">";
    }

    /** A whole page: UTF-8, a title, an inline style sheet and {@code body}; nothing loaded from elsewhere. */
    public static String page(String title, String css, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n" + el("title", title)
                + "\n<style>\n" + css + "\n</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }
}
