package org.romaexplorer.publish;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough Markdown for the project's own notes (docs/paper-fit.md): headings, paragraphs, "- " lists,
 * pipe tables, **bold** and `code`. Links keep their text only, so the page points nowhere else. The
 * output is well-formed XHTML; headings are shifted down by {@code shift} levels.
 */
final class MarkdownLite {
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|`([^`]+)`|\\[([^\\]]+)\\]\\([^)]*\\)");

    private MarkdownLite() {}

    static String html(String markdown, int shift) {
        StringBuilder out = new StringBuilder();
        List<String> lines = markdown.lines().toList();
        int i = 0;
        while (i < lines.size()) {
            String l = lines.get(i);
            if (l.isBlank()) {
                i++;
            } else if (l.startsWith("#")) {
                int level = Math.min(6, (int) l.chars().takeWhile(c -> c == '#').count() + shift);
                out.append("<h").append(level).append('>').append(inline(l.replaceFirst("^#+\\s*", "")))
                        .append("</h").append(level).append(">\n");
                i++;
            } else {
                i = block(lines, i, out);
            }
        }
        return out.toString();
    }

    /** A table, a list or a paragraph starting at line {@code i}; returns the line after it. */
    private static int block(List<String> lines, int i, StringBuilder out) {
        String kind = lines.get(i).startsWith("|") ? "table" : lines.get(i).startsWith("- ") ? "ul" : "p";
        out.append('<').append(kind).append('>');
        boolean header = true;
        while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
            String l = lines.get(i).strip();
            if (kind.equals("table")) {
                if (!l.matches("\\|[-:| ]+\\|")) {
                    out.append(row(l, header ? "th" : "td"));
                }
                header = false;
            } else if (kind.equals("ul") && l.startsWith("- ")) {
                out.append(closeItem(out)).append("<li>").append(inline(l.substring(2)));
            } else {
                out.append(' ').append(inline(l));
            }
            i++;
        }
        out.append(kind.equals("ul") ? "</li>" : "").append("</").append(kind).append(">\n");
        return i;
    }

    private static String closeItem(StringBuilder out) {
        return out.toString().endsWith("<ul>") ? "" : "</li>";
    }

    private static String row(String line, String cell) {
        StringBuilder sb = new StringBuilder("<tr>");
        String[] cells = line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1);
        for (String c : cells) {
            sb.append('<').append(cell).append('>').append(inline(c.strip())).append("</").append(cell).append('>');
        }
        return sb.append("</tr>").toString();
    }

    /** Escapes the text, then turns **bold**, `code` and [text](link) into markup (the link's text only). */
    static String inline(String text) {
        Matcher m = INLINE.matcher(text);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            sb.append(Html.esc(text.substring(last, m.start())));
            if (m.group(1) != null) {
                sb.append("<strong>").append(Html.esc(m.group(1))).append("</strong>");
            } else if (m.group(2) != null) {
                sb.append("<code>").append(Html.esc(m.group(2))).append("</code>");
            } else {
                sb.append(Html.esc(m.group(3)));
            }
            last = m.end();
        }
        return sb.append(Html.esc(text.substring(last))).toString();
    }
}
