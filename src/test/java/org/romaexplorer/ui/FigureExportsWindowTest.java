package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.romaexplorer.figures.ChartExport;
import org.romaexplorer.figures.FigureStyle;
import org.romaexplorer.figures.Figures;
import org.romaexplorer.figures.PaperFigure;
import org.romaexplorer.figures.PaperSize;
import org.romaexplorer.figures.PinColours;
import org.romaexplorer.figures.PlotText;
import org.romaexplorer.figures.PublishedSeries;
import org.romaexplorer.figures.StyledFigures;
import org.romaexplorer.model.Knobs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The figures as shown and as exported: text inside the plot, pins kept, markers named, sizes said. */
public class FigureExportsWindowTest extends WindowFixture {
    @TempDir Path dir;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @BeforeEach
    void freshExportPrefs() {
        Preferences.userRoot().node("org/romaexplorer/ui-test").remove("export.style");
        Preferences.userRoot().node("org/romaexplorer/ui-test").remove("export.caption");
    }

    private List<String> ids() {
        return Figures.all().stream().map(PaperFigure::id).toList();
    }

    /** The chart each style writes for figure {@code id}, with its size: the window's own for the screen look. */
    private List<Object[]> looks(String id) {
        List<Object[]> out = new ArrayList<>();
        JFreeChart shown = window.tabs().figure(id).chart();
        out.add(new Object[] {"screen 1000×600", shown, 1000, 600});
        out.add(new Object[] {"screen 640×420", shown, 640, 420});
        for (PaperSize col : PaperSize.values()) {
            JFreeChart c = StyledFigures.one(id, vm.design(), FigureStyle.PAPER, null,
                    window.compare().board().pins().list()).chart();
            out.add(new Object[] {"paper " + col, c, col.widthPt(), col.heightPt(c)});
        }
        return out;
    }

    private void checkText(String design) {
        for (String id : ids()) {
            robotSelect(id);
            for (Object[] l : looks(id)) {
                JFreeChart c = (JFreeChart) l[1];
                String what = design + ", " + id + ", " + l[0];
                assertThat(PlotText.markerLabels(c)).as(what + ": marker lines are named in the legend").isEmpty();
                List<PlotText.Box> boxes = PlotText.boxes(c, (int) l[2], (int) l[3]);
                for (PlotText.Box b : boxes) {
                    assertThat(b.inside()).as(what + ": '" + b.text() + "' " + b.bounds() + " inside " + b.plotArea()).isTrue();
                    assertThat(b.onLinesPx()).as(what + ": '" + b.text() + "' over a line").isLessThanOrEqualTo(3);
                }
                for (int i = 0; i < boxes.size(); i++) {
                    for (int j = i + 1; j < boxes.size(); j++) {
                        assertThat(PlotText.overlap(boxes.get(i).bounds(), boxes.get(j).bounds()))
                                .as(what + ": '" + boxes.get(i).text() + "' and '" + boxes.get(j).text() + "'").isFalse();
                    }
                }
            }
        }
    }

    private FxRobot robot;

    private void robotSelect(String id) {
        robot.interact(() -> window.tabs().selectFigure(id));
    }

    @Test
    void everyFigureInEveryStyleKeepsItsTextInsideThePlotOffTheLinesAndItsMarkersInTheLegend(FxRobot robot) {
        this.robot = robot;
        checkText("paper preset");
        robot.interact(() -> vm.setDesign(Knobs.KV_OVERFLOW.set(Knobs.SRAM_MB.set(vm.design(), 160), 1)));
        robot.interact(() -> window.compare().board().pinCurrent());
        robot.interact(() -> vm.setDesign(Knobs.SRAM_MB.set(vm.design(), 905)));
        checkText("SRAM 905 with a pin");
    }

    @Test
    void theCapacityLinesSayWhatTheyMeanInTheLegendOfEveryStyle(FxRobot robot) {
        robot.interact(() -> window.tabs().selectFigure("fig10"));
        for (JFreeChart c : List.of(window.tabs().figure("fig10").chart(),
                StyledFigures.one("fig10", vm.design(), FigureStyle.PAPER, null, List.of()).chart())) {
            assertThat(legend(c)).anySatisfy(l -> assertThat(l).isEqualTo("context 4,352 tokens (input + output): below it"
                    + " the SRAM overflows and the speeds assume the KV fit (kv_overflow = reject)"));
        }
        assertThat(legend(window.tabs().figure("fig9").chart())).anySatisfy(l -> assertThat(l)
                .isEqualTo("SRAM full from input 224 (+ 4,096 output): beyond it the speeds assume the KV fit"
                        + " (kv_overflow = reject)"));
        assertThat(legend(StyledFigures.one("fig7", vm.design(), FigureStyle.PAPER, null, List.of()).chart()))
                .anySatisfy(l -> assertThat(l).startsWith("SRAM full at 4,320 cached tokens: beyond it"));
    }

    private static List<String> legend(JFreeChart c) {
        List<String> out = new ArrayList<>();
        LegendItemCollection items = c.getPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            out.add(items.get(i).getLabel());
        }
        return out;
    }

    /** Pixels of {@code img} within a small distance of {@code c}. */
    private static int pixelsNear(BufferedImage img, Color c) {
        int n = 0;
        for (int x = 0; x < img.getWidth(); x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                Color p = new Color(img.getRGB(x, y));
                if (Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
                        + Math.abs(p.getBlue() - c.getBlue()) < 24) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void exportsKeepThePinnedDesignsInEveryStyle(FxRobot robot) throws Exception {
        robot.interact(() -> window.tabs().selectFigure("fig10"));
        robot.interact(() -> window.compare().board().pinCurrent());
        robot.interact(() -> vm.setDesign(Knobs.SRAM_MB.set(Knobs.LORA_RANK.set(vm.design(), 32), 400)));
        Color pin = PinColours.of(0);
        var files = window.files();
        Path screen = dir.resolve("screen.png");
        Path paper = dir.resolve("paper.png");
        Path svg = dir.resolve("paper.svg");
        var paperLook = new org.romaexplorer.ui.files.ExportDialogAccess().paper(PaperSize.SINGLE);
        robot.interact(() -> {
            files.exportTo(ChartExport.Format.PNG, org.romaexplorer.ui.files.ExportDialogAccess.screen(1000, 600), screen);
            files.exportTo(ChartExport.Format.PNG, paperLook, paper);
            files.exportTo(ChartExport.Format.SVG, paperLook, svg);
        });
        assertThat(pixelsNear(ImageIO.read(screen.toFile()), pin)).as("screen PNG").isGreaterThan(100);
        assertThat(pixelsNear(ImageIO.read(paper.toFile()), pin)).as("paper PNG").isGreaterThan(100);
        assertThat(Files.readString(svg)).contains(String.format("rgb(%d,%d,%d)", pin.getRed(), pin.getGreen(), pin.getBlue()));
        JFreeChart exported = StyledFigures.one("fig10", vm.design(), FigureStyle.PAPER, null,
                window.compare().board().pins().list()).chart();
        assertThat(legend(exported)).as("the paper legend names the pin").contains("A");
    }

    @Test
    void theExportDialogOffersANameSaysThePaperSizeAndRemembersTheStyle(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().bundled("llama3.2-3b-int4"));
        robot.interact(() -> window.tabs().selectFigure("fig10"));
        AtomicReference<String> offered = new AtomicReference<>();
        Path out = dir.resolve("out.png");
        robot.interact(() -> window.files().setChooser((FileChooser fc, Boolean save) -> {
            offered.set(fc.getInitialFileName());
            return out.toFile();
        }));
        robot.clickOn("#fig10-viewer");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        DialogPane pane = robot.lookup("#export-dialog").queryAs(DialogPane.class);
        @SuppressWarnings("unchecked")
        ChoiceBox<String> style = (ChoiceBox<String>) pane.lookup("#export-style");
        @SuppressWarnings("unchecked")
        Spinner<Integer> w = (Spinner<Integer>) pane.lookup("#export-width");
        @SuppressWarnings("unchecked")
        Spinner<Integer> h = (Spinner<Integer>) pane.lookup("#export-height");
        assertThat(style.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(w.isDisabled()).isFalse();
        robot.interact(() -> style.getSelectionModel().select(1));
        assertThat(w.isDisabled()).isTrue();
        assertThat(w.getValue()).as("3.5 in at 300 dpi").isEqualTo(1050);
        assertThat(h.getValue()).as("230 pt at 300 dpi").isEqualTo(958);
        assertThat(((Label) pane.lookup("#export-paper-size")).getText()).isEqualTo("3.50 × 3.19 in at 300 dpi, from the column");
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(offered.get()).isEqualTo("fig10-llama3.2-3b-int4.png");
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(1050);
        robot.push(KeyCode.CONTROL, KeyCode.E);
        DialogPane again = robot.lookup("#export-dialog").queryAs(DialogPane.class);
        @SuppressWarnings("unchecked")
        ChoiceBox<String> style2 = (ChoiceBox<String>) again.lookup("#export-style");
        assertThat(style2.getSelectionModel().getSelectedIndex()).as("the style is remembered").isEqualTo(1);
        robot.interact(() -> ((javafx.scene.control.Button) again.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
    }

    @Test
    void eachPublishedPointHasItsOwnModelsColourAndShapeOnFig8(FxRobot robot) {
        robot.interact(() -> window.tabs().selectFigure("fig8"));
        JFreeChart c = window.tabs().figure("fig8").chart();
        List<java.awt.Shape> shapes = new ArrayList<>();
        for (XYPlot sub : ((CombinedDomainXYPlot) c.getPlot()).getSubplots()) {
            XYSeriesCollection lines = (XYSeriesCollection) sub.getDataset(0);
            XYSeriesCollection points = (XYSeriesCollection) sub.getDataset(1);
            XYLineAndShapeRenderer lineR = (XYLineAndShapeRenderer) sub.getRenderer(0);
            XYLineAndShapeRenderer pointR = (XYLineAndShapeRenderer) sub.getRenderer(1);
            for (int s = 0; s < points.getSeriesCount(); s++) {
                if (points.getSeries(s) instanceof PublishedSeries ps) {
                    int line = lines.getSeriesIndex(ps.getKey().toString().replace(" (paper)", ""));
                    assertThat(line).as(ps.getKey().toString()).isGreaterThanOrEqualTo(0);
                    assertThat(pointR.getSeriesPaint(s)).as(ps.getKey() + " colour").isEqualTo(lineR.getSeriesPaint(line));
                    if (sub == ((CombinedDomainXYPlot) c.getPlot()).getSubplots().get(0)) {
                        shapes.add(pointR.getSeriesShape(s));
                    }
                }
            }
        }
        assertThat(shapes).hasSize(2);
        assertThat(shapes.get(0)).as("3B and 8B points at the same place stay told apart").isNotEqualTo(shapes.get(1));
        LegendItemCollection legend = c.getPlot().getLegendItems();
        for (int i = 0; i < legend.getItemCount(); i++) {
            LegendItem item = legend.get(i);
            if (item.getLabel().endsWith("(paper)")) {
                assertThat(item.isShapeVisible()).isTrue();
                assertThat(shapes).contains(item.getShape());
            }
        }
    }

    @Test
    void fig11UsesThePaperPaletteOnScreenAndItsLegendSaysEachKindsTotal(FxRobot robot) {
        robot.interact(() -> window.tabs().selectFigure("fig11"));
        JFreeChart c = window.tabs().figure("fig11").chart();
        List<String> labels = legend(c);
        assertThat(labels).contains("Area (mm²)").doesNotContain("area");
        assertThat(labels).anySatisfy(l -> assertThat(l).matches("Leakage [0-9.]+ W"));
        assertThat(labels).anySatisfy(l -> assertThat(l).matches("Vector [0-9.]+ W"));
        CategoryPlot power = (CategoryPlot) ((org.jfree.chart.plot.CombinedDomainCategoryPlot) c.getPlot()).getSubplots().get(1);
        AbstractCategoryItemRenderer r = (AbstractCategoryItemRenderer) power.getRenderer();
        for (int k = 0; k < power.getDataset().getRowCount(); k++) {
            Color p = (Color) r.getSeriesPaint(k);
            assertThat(contrast(p, Color.WHITE)).as(power.getDataset().getRowKey(k) + " against white").isGreaterThan(2.0);
        }
    }

    /** WCAG contrast ratio of two colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        double[] v = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int i = 0; i < 3; i++) {
            v[i] = v[i] <= 0.03928 ? v[i] / 12.92 : Math.pow((v[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    }

    @Test
    void theLastXTickLabelAndADesignAtZeroStayOnTheChart(FxRobot robot) {
        robot.interact(() -> window.tabs().selectFigure("fig10"));
        robot.interact(() -> vm.setDesign(Knobs.SRAM_MB.set(vm.design(), 905)));
        JFreeChart fig10 = window.tabs().figure("fig10").chart();
        for (int[] size : new int[][] {{1000, 600}, {800, 500}}) {
            BufferedImage img = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            ChartRenderingInfo info = new ChartRenderingInfo();
            fig10.draw(g, new Rectangle(0, 0, size[0], size[1]), info);
            Rectangle2D area = info.getPlotInfo().getDataArea();
            XYPlot plot = fig10.getXYPlot();
            NumberAxis x = (NumberAxis) plot.getDomainAxis();
            @SuppressWarnings("unchecked")
            List<ValueTick> ticks = (List<ValueTick>) x.refreshTicks(g, new AxisState(), area, RectangleEdge.BOTTOM);
            g.setFont(x.getTickLabelFont());
            for (ValueTick t : ticks) {
                double cx = x.valueToJava2D(t.getValue(), area, RectangleEdge.BOTTOM);
                double half = g.getFontMetrics().stringWidth(t.getText()) / 2.0;
                assertThat(cx + half).as("tick '" + t.getText() + "' at " + size[0]).isLessThanOrEqualTo(size[0]);
            }
            g.dispose();
        }
        robot.interact(() -> window.tabs().selectFigure("fig7"));
        assertThat(vm.design().workload().kvLen()).isZero();
        JFreeChart fig7 = window.tabs().figure("fig7").chart();
        Rectangle2D area = PlotText.dataAreas(fig7, 1000, 600).get(0);
        XYPlot plot = fig7.getXYPlot();
        double dot = plot.getDomainAxis().valueToJava2D(0, area, plot.getDomainAxisEdge());
        assertThat(dot - 6).as("the current design's dot at KV = 0, radius 6, inside the plot").isGreaterThanOrEqualTo(area.getMinX());
    }

    @SuppressWarnings("unused")
    private static File none() { return null; }
}
