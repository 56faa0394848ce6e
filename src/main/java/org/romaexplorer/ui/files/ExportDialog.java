package org.romaexplorer.ui.files;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks the size of an exported chart: width and height (px, or pt for PDF) and a scale for PNG; for a paper
 * figure also its style (screen, or paper at a column's width, where the sizes do not apply) and a caption.
 */
public final class ExportDialog {
    /** Requested size; a PNG is width·scale × height·scale pixels. */
    record Size(int width, int height, double scale, StyleChoice.Look look) {
        Size(int width, int height, double scale) {
            this(width, height, scale, StyleChoice.Look.SCREEN);
        }

        int pixelWidth() { return (int) Math.round(width * scale); }

        int pixelHeight() { return (int) Math.round(height * scale); }
    }

    private ExportDialog() {}

    static Optional<Size> ask(Window owner, String format, boolean figure) {
        Spinner<Integer> w = new Spinner<>(100, 10_000, 1000, 50);
        Spinner<Integer> h = new Spinner<>(100, 10_000, 600, 50);
        Spinner<Double> s = new Spinner<>(0.5, 8.0, 1.0, 0.5);
        for (Spinner<?> sp : new Spinner<?>[] {w, h, s}) {
            sp.setEditable(true);
        }
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Width"), w, new Label("PDF".equals(format) ? "pt" : "px"));
        g.addRow(1, new Label("Height"), h, new Label("PDF".equals(format) ? "pt" : "px"));
        if ("PNG".equals(format)) {
            g.addRow(2, new Label("Scale"), s, new Label("×"));
        }
        StyleChoice look = new StyleChoice();
        if (figure) {
            look.addTo(g, 3);
            for (Spinner<?> sp : new Spinner<?>[] {w, h, s}) {
                sp.disableProperty().bind(look.paper());
            }
        }
        Dialog<Size> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export chart as " + format);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? new Size(w.getValue(), h.getValue(), s.getValue(),
                figure ? look.look() : StyleChoice.Look.SCREEN) : null);
        return d.showAndWait();
    }
}
