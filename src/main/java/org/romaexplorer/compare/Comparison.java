package org.romaexplorer.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.romaexplorer.io.Csv;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Metrics;

/**
 * Every {@link Quantity} of the current design next to each pinned design and the change from it. The
 * same rows serve the window's table, the clipboard (tab-separated) and the CSV export.
 */
public record Comparison(List<Pin> pins, List<Row> rows) {

    /** One quantity: the current value, each pin's value and the change from each pin to the current. */
    public record Row(Quantity quantity, double current, List<Double> pinned, List<Delta> deltas) {}

    public static Comparison of(DesignPoint current, Pins pins) {
        Metrics m = Evaluator.evaluate(current);
        List<Row> rows = new ArrayList<>();
        for (Quantity q : Quantity.ALL) {
            double now = q.of(current, m);
            List<Double> values = pins.list().stream().map(p -> q.of(p.design(), p.metrics())).toList();
            rows.add(new Row(q, now, values, values.stream().map(v -> Delta.of(now, v)).toList()));
        }
        return new Comparison(pins.list(), rows);
    }

    /**
     * The table as text, one line per quantity, cells separated by {@code sep} (',' for CSV, '\t' for
     * the clipboard), quoted as the app's one CSV dialect ({@link Csv}): quantity, unit, current, then per
     * pin its value, the change and the change in %. Numbers are plain (no thousands separators), six
     * significant digits.
     */
    public String text(char sep) {
        List<List<String>> lines = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("quantity", "unit", "current"));
        for (Pin p : pins) {
            head.addAll(List.of(p.name(), "change vs " + p.name(), "change vs " + p.name() + " %"));
        }
        lines.add(head);
        for (Row r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.quantity().name(), r.quantity().unit(), plain(r.current())));
            for (int i = 0; i < pins.size(); i++) {
                Delta d = r.deltas().get(i);
                cells.addAll(List.of(plain(r.pinned().get(i)), plain(d.change()), plain(d.percent())));
            }
            lines.add(cells);
        }
        return Csv.lines(lines, Csv.separatedBy(sep));
    }

    /** 6 significant digits, no exponent, no trailing zeros; empty for NaN. */
    static String plain(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return v == 0 ? "0" : new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
