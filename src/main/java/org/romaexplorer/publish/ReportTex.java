package org.romaexplorer.publish;

import java.util.List;
import java.util.Map;
import org.romaexplorer.report.ReportRow;

/**
 * The report as a LaTeX {@code tabular} with booktabs rules (needs the booktabs package), one
 * line per row ending in {@code \\}. Special characters are escaped; ≤, ≥, ², µ, →, ± and the like
 * become math so the table compiles with pdflatex.
 */
final class ReportTex {
    private static final Map<Character, String> SPECIAL = Map.ofEntries(Map.entry('\\', "\\textbackslash{}"),
            Map.entry('&', "\\&"), Map.entry('%', "\\%"), Map.entry('$', "\\$"), Map.entry('#', "\\#"),
            Map.entry('_', "\\_"), Map.entry('{', "\\{"), Map.entry('}', "\\}"), Map.entry('~', "\\textasciitilde{}"),
            Map.entry('^', "\\textasciicircum{}"), Map.entry('≤', "$\\le$"), Map.entry('≥', "$\\ge$"),
            Map.entry('²', "$^2$"), Map.entry('µ', "$\\mu$"), Map.entry('μ', "$\\mu$"), Map.entry('→', "$\\to$"),
            Map.entry('×', "$\\times$"), Map.entry('±', "$\\pm$"), Map.entry('≈', "$\\approx$"),
            Map.entry('−', "$-$"), Map.entry('–', "--"), Map.entry('—', "---"), Map.entry('φ', "$\\varphi$"),
            Map.entry('·', "$\\cdot$"));

    private ReportTex() {}

    static String of(List<ReportRow> rows) {
        StringBuilder sb = new StringBuilder("% ROMA Explorer report; needs \\usepackage{booktabs}\n");
        sb.append("\\begin{tabular}{lp{5cm}llrrrlrlll}\n\\toprule\n").append(line(ReportCells.HEADINGS));
        sb.append("\\midrule\n");
        rows.forEach(r -> sb.append(line(ReportCells.display(r))));
        return sb.append("\\bottomrule\n\\end{tabular}\n").toString();
    }

    private static String line(List<String> cells) {
        return String.join(" & ", cells.stream().map(ReportTex::esc).toList()) + " \\\\\n";
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(SPECIAL.getOrDefault(c, String.valueOf(c)));
        }
        return sb.toString();
    }
}
