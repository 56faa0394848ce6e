package org.romaexplorer.compare;

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
     * pin its value, the change and the change in %. Values are exact: whole numbers as integers, others as the
     * shortest decimal that reads back to the same double, a choice by its name; no thousands separators.
     */
    public String text(char sep) {
        List<List<String>> lines = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("quantity", "unit", "current"));
        for (Pin p : pins) {
            head.addAll(List.of(p.name(), "change vs " + p.name(), "change vs " + p.name() + " %"));
        }
        lines.add(head);
        for (Row r : rows) {
            Quantity q = r.quantity();
            List<String> cells = new ArrayList<>(List.of(q.name(), q.unit(), q.cell(r.current())));
            for (int i = 0; i < pins.size(); i++) {
                Delta d = r.deltas().get(i);
                cells.addAll(List.of(q.cell(r.pinned().get(i)), plain(d.change()), plain(d.percent())));
            }
            lines.add(cells);
        }
        return Csv.lines(lines, Csv.separatedBy(sep));
    }

    /** Exact, no exponent, as every CSV of the app ({@link Csv#number}); empty for NaN. */
    static String plain(double v) {
        return Csv.number(v);
    }
}
