package org.romaexplorer.compare;

import org.romaexplorer.model.Metric.Better;

/**
 * The change of a quantity from a pinned design to the current one: {@code change = current − pinned},
 * {@code percent = 100·change/|pinned|} (0 when both are 0, NaN when only the pinned value is 0).
 */
public record Delta(double change, double percent) {

    public static Delta of(double current, double pinned) {
        double change = current - pinned;
        double pct = pinned != 0 ? 100 * change / Math.abs(pinned) : change == 0 ? 0 : Double.NaN;
        return new Delta(change, pct);
    }

    /** Whether the change is welcome, unwelcome or neither (no change, or an input). */
    public Verdict verdict(Better better) {
        if (change == 0 || better == Better.NEITHER) {
            return Verdict.SAME;
        }
        return (change > 0) == (better == Better.HIGHER) ? Verdict.BETTER : Verdict.WORSE;
    }

    public enum Verdict { BETTER, WORSE, SAME }

    /** "+1,024 (+50.0%)", "−0.31 (−2.1%)", "±0" for no change; {@code format} is the quantity's. */
    public String text(String format) {
        if (change == 0) {
            return "±0";
        }
        String abs = (change > 0 ? "+" : "−") + Quantity.number(format, Math.abs(change));
        return abs + " (" + percentText() + ")";
    }

    /** "+50.0%", "−2.1%", "new" when the pinned value was 0. */
    public String percentText() {
        if (Double.isNaN(percent)) {
            return "new";
        }
        return (percent >= 0 ? "+" : "−") + String.format("%,.1f%%", Math.abs(percent));
    }
}
