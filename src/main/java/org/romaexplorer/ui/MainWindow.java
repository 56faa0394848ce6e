package org.romaexplorer.ui;

import org.romaexplorer.ui.compare.Compare;
import org.romaexplorer.ui.files.AppPrefs;
import org.romaexplorer.ui.files.FileActions;
import org.romaexplorer.ui.files.MainMenu;
import org.romaexplorer.ui.params.ConstantsSheet;
import org.romaexplorer.ui.params.ParametersPanel;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.MenuBar;
import javafx.stage.Window;
import org.romaexplorer.ui.charts.ViewItems;
import org.romaexplorer.ui.help.HelpMenu;
import org.romaexplorer.ui.history.DesignUndo;
import org.romaexplorer.ui.history.EditMenu;
import org.romaexplorer.ui.theme.Theme;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The main window's content: menus and metrics on top, parameters left, figure tabs right, status below. */
public final class MainWindow {
    private final ExplorerViewModel vm;
    private final ChartTabs tabs;
    private final FileActions files;
    private final BorderPane root = new BorderPane();
    private final DesignUndo undo;
    private final Compare compare;
    private final ConstantsSheet constants;
    /** Width of the parameters' column: every row of it whole, and all tabs beside it in a 1280-px window. */
    static final double LEFT_WIDTH = 440;
    private Consumer<java.nio.file.Path> viewer = p -> { };
    private List<java.nio.file.Path> docBases = org.romaexplorer.ui.help.DocPages.bases();
    /** Opens a page given by its repository path: on disk, else the jar's copy; says so when there is neither. */
    private final Consumer<String> linkOpener = this::openPage;
    /** The status bar's repaint timings: a developer's view, off unless View › Repaint time turns it on. */
    private final javafx.beans.property.BooleanProperty repaintShown =
            new javafx.beans.property.SimpleBooleanProperty(this, "repaintShown", Boolean.getBoolean("roma.repaint.show"));

    MainWindow(ExplorerViewModel vm, AppPrefs prefs) {
        this.vm = vm;
        this.undo = new DesignUndo(vm);
        this.tabs = new ChartTabs(vm);
        tabs.setDocOpener(page -> linkOpener.accept(page));
        this.files = new FileActions(vm, tabs, prefs, this::owner);
        this.constants = new ConstantsSheet(vm);
        ParametersPanel params = new ParametersPanel(vm);
        params.onDrag(undo::beginGroup, undo::endGroup);
        VBox left = new VBox(params, constants);
        ScrollPane scroll = new ScrollPane(left);
        scroll.setId("left-scroll");
        scroll.setFitToWidth(true);
        scroll.setMinWidth(300);
        scroll.setPrefWidth(LEFT_WIDTH);
        VBox right = new VBox(new TabStrip(tabs, java.util.Set.of("serving-tab", "design-space-tab")), tabs);
        VBox.setVgrow(tabs, javafx.scene.layout.Priority.ALWAYS);
        right.setMinWidth(0);
        SplitPane split = new SplitPane(scroll, right);
        split.setDividerPositions(LEFT_WIDTH / 1500);
        SplitPane.setResizableWithParent(scroll, false);
        MetricsBar metrics = new MetricsBar(vm);
        compare = new Compare(vm, tabs, metrics);
        files.setPins(compare.board()::pins);
        MenuBar menus = menus(prefs);
        // The uncertainty switch and the pins share one row (a 720-px screen needs the height for the charts);
        // the headline's p5–p95 ranges get a line of their own while the switch is on.
        var uncertainty = new org.romaexplorer.ui.uncertainty.UncertaintyBar(vm, tabs);
        HBox shared = new HBox(12, uncertainty, compare.strip());
        shared.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        shared.getStyleClass().add("tool-row");
        HBox.setHgrow(compare.strip(), Priority.ALWAYS);
        root.setTop(new VBox(menus, metrics, shared, uncertainty.ranges()));
        root.setCenter(split);
        root.setBottom(statusBar());
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
    }

    private MenuBar menus(AppPrefs prefs) {
        MenuBar bar = MainMenu.build(files, tabs, prefs);
        bar.getMenus().add(1, EditMenu.build(undo, vm));
        ViewItems.addTo(bar.getMenus().get(2), tabs, repaintShown);
        bar.getMenus().add(compare.menu());
        bar.getMenus().add(HelpMenu.build(this::owner, page -> linkOpener.accept(page)));
        return bar;
    }

    private Window owner() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /**
     * The window's scene. Its first frame holds menus, headline, sliders and the selected figure; the constants
     * sheet fills in after it, four rows a frame (docs/packaging.md, "Start-up").
     */
    Scene scene(double width, double height) {
        Theme.apply();
        Scene scene = new Scene(root, width, height);
        // The parameters keep their width when the window is made smaller to fit its screen (WindowFit).
        ((SplitPane) root.getCenter()).setDividerPositions(LEFT_WIDTH / width);
        scene.getAccelerators().put(EditMenu.REDO_ALT, undo::redo);
        scene.getStylesheets().add(Theme.APP_CSS);
        StartupTrace.painted(scene);
        FirstFrame.thenInSteps(scene, () -> constants.fillSome(4));
        return scene;
    }

    private void openPage(String page) {
        org.romaexplorer.ui.help.DocPages.find(page, docBases).ifPresentOrElse(p -> viewer.accept(p),
                () -> vm.statusProperty().set("Documentation " + page + " is not in this build"));
    }

    /** How a documentation page found on disk or copied out of the jar is shown (the app passes its host services). */
    void setDocumentViewer(Consumer<java.nio.file.Path> show) {
        viewer = show;
        files.setFolderOpener(show);
    }

    /** Where pages are looked for before the jar's copies (tests: a folder without them, as beside a bare jar). */
    void setDocBases(List<java.nio.file.Path> bases) { docBases = List.copyOf(bases); }

    DesignUndo undo() { return undo; }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        Label preset = new Label();
        preset.setId("preset-name");
        preset.textProperty().bind(vm.presetNameProperty().map(n -> "Preset: " + n));
        Label timing = new Label();
        timing.setId("repaint-time");
        timing.textProperty().bind(tabs.probe().textProperty());
        timing.visibleProperty().bind(repaintShown);
        timing.managedProperty().bind(repaintShown);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(16, preset, status, gap, timing);
        bar.setPadding(new Insets(3, 10, 3, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void dragOver(DragEvent e) {
        if (jsonFile(e) != null) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        File f = jsonFile(e);
        if (f != null) {
            files.openGiven(f.toPath());
        }
        e.setDropCompleted(f != null);
        e.consume();
    }

    private static File jsonFile(DragEvent e) {
        List<File> fs = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        return fs.size() == 1 && fs.get(0).getName().endsWith(".json") ? fs.get(0) : null;
    }

    ChartTabs tabs() { return tabs; }

    FileActions files() { return files; }

    Compare compare() { return compare; }

    ConstantsSheet constants() { return constants; }
}
