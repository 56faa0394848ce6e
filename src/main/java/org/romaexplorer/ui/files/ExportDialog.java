package org.romaexplorer.ui.files;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;
import org.romaexplorer.figures.FigureStyle;
import org.romaexplorer.figures.PaperSize;

/**
 * Asks the size of an exported chart: width and height (px, or pt for PDF and SVG's paper sizes) and a scale for
 * PNG; for a paper figure also its style (screen, or paper at a column's width) and a caption. In a paper style
 * the size comes from the column: the fields then show it (greyed, since it is not theirs to set) and a line
 * says it in inches, so what is shown is what is written.
 */
public final class ExportDialog {
    /** Requested size; a PNG is width·scale × height·scale pixels. */
    public record Size(int width, int height, double scale, StyleChoice.Look look) {
        Size(int width, int height, double scale) {
            this(width, height, scale, StyleChoice.Look.SCREEN);
        }

        int pixelWidth() { return (int) Math.round(width * scale); }

        int pixelHeight() { return (int) Math.round(height * scale); }
    }

    private ExportDialog() {}

    /**
     * @param chart   the chart to export (a stacked figure is taller on paper)
     * @param figure  whether it is one of the paper's figures (then it has the style rows)
     * @param initial the look to open on: the one chosen last
     */
    static Dialog<Size> dialog(Window owner, String format, JFreeChart chart, boolean figure, StyleChoice.Look initial) {
        boolean png = "PNG".equals(format);
        Spinner<Integer> w = new Spinner<>(100, 10_000, 1000, 50);
        Spinner<Integer> h = new Spinner<>(100, 10_000, 600, 50);
        Spinner<Double> s = new Spinner<>(0.5, 8.0, 1.0, 0.5);
        w.setId("export-width");
        h.setId("export-height");
        s.setId("export-scale");
        for (Spinner<?> sp : new Spinner<?>[] {w, h, s}) {
            sp.setEditable(true);
        }
        Label wUnit = new Label("PDF".equals(format) ? "pt" : "px");
        Label hUnit = new Label(wUnit.getText());
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label("Width"), w, wUnit);
        g.addRow(1, new Label("Height"), h, hUnit);
        if (png) {
            g.addRow(2, new Label("Scale"), s, new Label("×"));
        }
        StyleChoice look = new StyleChoice(figure ? initial : StyleChoice.Look.SCREEN);
        Label paperSize = new Label();
        paperSize.setId("export-paper-size");
        if (figure) {
            int next = look.addTo(g, 3);
            g.add(paperSize, 1, next, 2, 1);
            int screenW = w.getValue();
            int screenH = h.getValue();
            Runnable show = () -> {
                StyleChoice.Look l = look.look();
                boolean paper = l.style() == FigureStyle.PAPER;
                w.getValueFactory().setValue(paper ? paperWidth(l.column(), png) : screenW);
                h.getValueFactory().setValue(paper ? paperHeight(l.column(), chart, png) : screenH);
                s.getValueFactory().setValue(1.0);
                wUnit.setText(paper && png ? "px" : "PDF".equals(format) || paper ? "pt" : "px");
                hUnit.setText(wUnit.getText());
                paperSize.setText(paper ? String.format("%.2f × %.2f in%s, from the column", l.column().widthPt() / 72.0,
                        l.column().heightPt(chart) / 72.0, png ? " at " + FigureStyle.PAPER_DPI + " dpi" : "") : "");
            };
            look.index().addListener((o, a, i) -> show.run());
            show.run();
            for (Spinner<?> sp : new Spinner<?>[] {w, h, s}) {
                sp.disableProperty().bind(look.paper());
            }
        }
        Dialog<Size> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export chart as " + format);
        d.getDialogPane().setContent(g);
        d.getDialogPane().setId("export-dialog");
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? new Size(w.getValue(), h.getValue(), s.getValue(),
                figure ? look.look() : StyleChoice.Look.SCREEN) : null);
        return d;
    }

    static Optional<Size> ask(Window owner, String format, JFreeChart chart, boolean figure, StyleChoice.Look initial) {
        return dialog(owner, format, chart, figure, initial).showAndWait();
    }

    /** The column's width as written: pixels at the paper dpi for a PNG, else points. */
    static int paperWidth(PaperSize column, boolean png) {
        return png ? (int) Math.round(column.widthPt() * FigureStyle.PAPER_DPI / 72.0) : column.widthPt();
    }

    static int paperHeight(PaperSize column, JFreeChart chart, boolean png) {
        int pt = column.heightPt(chart);
        return png ? (int) Math.round(pt * FigureStyle.PAPER_DPI / 72.0) : pt;
    }
}
