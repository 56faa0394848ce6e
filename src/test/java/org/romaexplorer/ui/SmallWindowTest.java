package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.romaexplorer.ui.files.AppPrefs;
import org.romaexplorer.ui.files.DiscardDialog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at 1280 × 720, the smallest screen it is made for: every tab laid out in turn shows its controls'
 * text whole, every tab header in view, and every chart with a plot at least 200 px tall.
 */
public class SmallWindowTest extends WindowFixture {
    static final int W = 1280, H = 720, MIN_PLOT = 200;

    @Override
    void open(Stage stage) {
        window = new MainWindow(vm, new AppPrefs(Preferences.userRoot().node("org/romaexplorer/ui-test")));
        stage.setScene(window.scene(W, H));
        stage.show();
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    /** Labeled controls on screen whose text is drawn shortened ("Ca…", "Run" as "…"). */
    static List<String> truncated(Parent root) {
        List<String> out = new ArrayList<>();
        Bounds view = root.localToScene(root.getLayoutBounds());
        for (Node n : root.lookupAll("*")) {
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && shown(l)
                    && l.lookup(".text") instanceof Text t && !t.getText().equals(plain(l))) {
                Bounds b = l.localToScene(l.getLayoutBounds());
                if (b.intersects(view)) {
                    out.add("'" + l.getText() + "' drawn as '" + t.getText() + "' (" + l.getClass().getSimpleName()
                            + (l.getId() == null ? "" : " #" + l.getId()) + ")");
                }
            }
        }
        return out;
    }

    /** Wrapping labels narrower than their longest word, which then breaks inside it ("we / ig / ht" for "weights"). */
    static List<String> brokenWords(Parent root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll(".label")) {
            if (n instanceof Labeled l && l.isWrapText() && shown(l) && l.getText() != null && !l.getText().isBlank()) {
                double room = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset();
                for (String word : l.getText().split("\\s+")) {
                    Text t = new Text(word);
                    t.setFont(l.getFont());
                    if (t.getLayoutBounds().getWidth() > room + 0.5) {
                        out.add("label '" + l.getText() + "' breaks '" + word + "' (" + Math.round(room) + " px)");
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Text fields on screen too narrow for the value they hold ("6826" seen of 68264). */
    static List<String> narrowFields(Parent root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll(".text-field")) {
            if (n instanceof javafx.scene.control.TextField f && shown(f) && f.getText() != null && !f.getText().isEmpty()) {
                Text t = new Text(f.getText());
                t.setFont(f.getFont());
                double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
                if (t.getLayoutBounds().getWidth() > room + 0.5) {
                    out.add("field" + (f.getId() == null ? "" : " #" + f.getId()) + " '" + f.getText() + "' needs "
                            + Math.round(t.getLayoutBounds().getWidth()) + " px, has " + Math.round(room));
                }
            }
        }
        return out;
    }

    /** Controls cut at the right edge of a scroll pane that never scrolls sideways (its column is too narrow). */
    static List<String> cutByColumn(Parent root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll(".scroll-pane")) {
            if (n instanceof ScrollPane sp && sp.getHbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER && shown(sp)
                    && sp.lookup(".viewport") instanceof javafx.scene.layout.Region port) {
                Bounds view = port.localToScene(port.getLayoutBounds());
                for (Node c : sp.getContent().lookupAll(".control")) {
                    Bounds b = c.localToScene(c.getLayoutBounds());
                    if (shown(c) && b.getMaxX() > view.getMaxX() + 1 && b.getMinX() < view.getMaxX()) {
                        out.add(c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId())
                                + (c instanceof Labeled l ? " '" + l.getText() + "'" : "") + " cut at x " + Math.round(view.getMaxX())
                                + " (" + (sp.getId() == null ? "a column" : sp.getId()) + ")");
                    }
                }
            }
        }
        return out;
    }

    /** The text as drawn when whole: without the mnemonic's underscore ("_File" reads "File"). */
    private static String plain(Labeled l) {
        return l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
    }

    /** Visible all the way up, and not scrolled out of a scroll pane's view. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The height of each plot of each chart viewer on screen, drawn at the viewer's size. */
    static List<String> smallPlots(Parent root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (n instanceof ChartViewer v && shown(v) && v.getWidth() > 10 && v.getHeight() > 10 && !inScrolledAway(v)) {
                JFreeChart c = v.getChart();
                ChartRenderingInfo info = new ChartRenderingInfo();
                BufferedImage img = new BufferedImage((int) v.getWidth(), (int) v.getHeight(), BufferedImage.TYPE_INT_RGB);
                var g = img.createGraphics();
                c.draw(g, new Rectangle(0, 0, (int) v.getWidth(), (int) v.getHeight()), info);
                g.dispose();
                Rectangle2D area = info.getPlotInfo().getDataArea();
                if (area.getHeight() < MIN_PLOT) {
                    out.add((v.getId() == null ? c.getTitle() == null ? "chart" : c.getTitle().getText() : v.getId())
                            + ": plot " + Math.round(area.getHeight()) + " px tall in a " + Math.round(v.getWidth()) + "×"
                            + Math.round(v.getHeight()) + " viewer");
                }
            }
        }
        return out;
    }

    /** Inside a scroll pane and entirely out of its view: a chart the user scrolls to is fine. */
    private static boolean inScrolledAway(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                Bounds view = sp.localToScene(sp.getLayoutBounds());
                return !n.localToScene(n.getLayoutBounds()).intersects(view);
            }
        }
        return false;
    }

    @Test
    void everyTabAt1280x720ShowsWholeTextEveryTabHeaderAndPlotsOf200Px(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> window.constants().filled());
        List<String> problems = new ArrayList<>();
        int tabs = window.tabs().getTabs().size();
        for (int i = 0; i < tabs; i++) {
            int k = i;
            robot.interact(() -> window.tabs().getSelectionModel().select(k));
            WaitForAsyncUtils.waitForFxEvents();
            Tab tab = window.tabs().getSelectionModel().getSelectedItem();
            if ("design-space-tab".equals(tab.getId())) {
                robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#ds-run").query()).fire());
                WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                        () -> !((javafx.scene.control.Button) robot.lookup("#ds-cancel").query()).isDisable() == false
                                && robot.lookup("#ds-status").queryLabeled().getText().contains("Pareto"));
                WaitForAsyncUtils.waitForFxEvents();
            }
            Parent root = window.tabs().getScene().getRoot();
            List<String> found = WaitForAsyncUtils.asyncFx(() -> {
                List<String> f = new ArrayList<>(truncated(root));
                f.addAll(smallPlots(root));
                f.addAll(cutByColumn(root));
                f.addAll(narrowFields(root));
                f.addAll(brokenWords(root));
                return f;
            }).get();
            found.forEach(t -> problems.add(tab.getText() + ": " + t));
            // Every tab's button of the strip in view (it wraps; the tab pane's own header row is hidden).
            for (Node h : robot.lookup("#tab-strip .toggle-button").queryAll()) {
                Bounds b = h.localToScene(h.getLayoutBounds());
                if (!h.isVisible() || b.getMaxX() > W + 1 || b.getMaxY() > H + 1 || b.getWidth() < 1) {
                    problems.add("tab button " + ((Labeled) h).getText() + " out of view at " + Math.round(b.getMaxX())
                            + ", " + Math.round(b.getMaxY()));
                }
            }
            // (A lookup ignores pseudo-classes such as :horizontal: the bar's orientation is asked.)
            for (Node bar : robot.lookup("#left-scroll > .scroll-bar").queryAll()) {
                if (bar instanceof javafx.scene.control.ScrollBar sb && sb.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                        && sb.isVisible()) { // the parameters' column must fit its width: nothing of it off to the side
                    problems.add("the parameters' column scrolls sideways");
                }
            }
            if (robot.lookup("#tab-strip .toggle-button").queryAll().size() != tabs) {
                problems.add("the tab strip has not one button per tab");
            }
        }
        assertThat(new java.util.LinkedHashSet<>(problems)).isEmpty();
    }

    @Test
    void theQuitQuestionShowsItsButtonsWhole(FxRobot robot) throws Exception {
        robot.interact(() -> org.romaexplorer.ui.files.DiscardAccess.show(window.tabs().getScene().getWindow()));
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = WaitForAsyncUtils.asyncFx(() -> truncated(pane)).get();
        robot.interact(() -> pane.getScene().getWindow().hide());
        assertThat(cut).isEmpty();
        assertThat(pane.getButtonTypes()).extracting(ButtonType::getText).contains("Save preset…", "Discard changes");
        assertThat(pane.getButtonTypes()).extracting(ButtonType::getButtonData).contains(ButtonBar.ButtonData.OTHER);
    }
}
