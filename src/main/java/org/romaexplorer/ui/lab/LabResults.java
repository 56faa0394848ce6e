package org.romaexplorer.ui.lab;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.romaexplorer.lunit.AccuracyResult;

/** The L-unit lab's numbers: SNR, max and mean relative error, mean absolute error and the run's status. */
public final class LabResults extends GridPane {
    private final Label snr = value("lab-snr");
    private final Label maxRel = value("lab-max-rel");
    private final Label meanRel = value("lab-mean-rel");
    private final Label meanAbs = value("lab-mean-abs");
    private final Label acc = value("lab-acc");
    private final Label status = value("lab-status");

    LabResults() {
        row(0, "SNR", snr);
        row(1, "Max rel. error", maxRel);
        row(2, "Mean rel. error", meanRel);
        row(3, "Mean abs. error", meanAbs);
        row(4, "Accumulator", acc);
        add(status, 0, 5, 2, 1);
        status.setStyle("-fx-text-fill: #666;");
        setHgap(10);
        setVgap(4);
    }

    private void row(int r, String name, Label v) {
        add(new Label(name), 0, r);
        add(v, 1, r);
    }

    private static Label value(String id) {
        Label l = new Label("–");
        l.setId(id);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    void show(LabResult r) {
        AccuracyResult a = r.summary();
        snr.setText(snrText(a.snrDb()));
        maxRel.setText(sci(a.maxRelError()));
        meanRel.setText(sci(a.meanRelError()));
        meanAbs.setText(sci(a.meanAbsError()));
        acc.setText(r.config().accBits() + " bits, " + r.config().overflow().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** "60.8 dB", or "∞ dB" when every group was exact. */
    static String snrText(double db) {
        return Double.isInfinite(db) ? "∞ dB" : String.format("%.1f dB", db);
    }

    /** Three significant digits in scientific notation, e.g. "1.02e-04". */
    static String sci(double v) {
        return String.format("%.2e", v);
    }

    Label status() { return status; }
}
