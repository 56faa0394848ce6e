package org.romaexplorer.ui;

import org.romaexplorer.ui.charts.ChartZoom;
import org.romaexplorer.ui.charts.ExportableTab;
import org.romaexplorer.ui.charts.RepaintProbe;
import org.romaexplorer.ui.designspace.DesignSpaceTab;
import org.romaexplorer.ui.lab.LabView;
import org.romaexplorer.ui.report.ReportView;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.jfree.chart.fx.ChartViewer;
import org.romaexplorer.figures.Figures;
import org.romaexplorer.figures.PaperFigure;
import org.romaexplorer.figures.PublishedPoint;
import org.romaexplorer.model.DesignPoint;

/**
 * One tab per figure plus the report. On a design change only the selected figure updates at once; the
 * others are marked stale and update when their tab is shown.
 */
public final class ChartTabs extends TabPane {
    private final Map<Tab, PaperFigure> figures = new LinkedHashMap<>();
    private final Set<PaperFigure> stale = new HashSet<>();
    private final ExplorerViewModel vm;
    private final RepaintProbe probe = new RepaintProbe();
    private final Map<PaperFigure, ChartViewer> viewers = new HashMap<>();
    private final Map<PaperFigure, ChartZoom> zooms = new HashMap<>();
    private Runnable pinAction = () -> { };
    private java.util.function.Consumer<String> docs = page -> { };

    public ChartTabs(ExplorerViewModel vm) {
        this.vm = vm;
        setId("figure-tabs");
        List<PublishedPoint> published = PublishedPoint.onPaper();
        for (PaperFigure f : Figures.all()) {
            f.setPublished(published);
            Tab tab = new Tab(shortTitle(f));
            tab.setTooltip(new javafx.scene.control.Tooltip(f.title()));
            tab.setId(f.id() + "-tab");
            tab.setClosable(false);
            LazyTabs.contentWhenShown(tab, () -> viewer(f));
            figures.put(tab, f);
            stale.add(f);
            getTabs().add(tab);
        }
        // Built when first shown: nothing of them is needed for the first frame.
        getTabs().add(LazyTabs.later("Design space", "design-space-tab", () -> new DesignSpaceTab(vm, () -> pinAction.run())));
        getTabs().add(LazyTabs.later("Report", "report-tab", this::reportTab));
        getTabs().add(LazyTabs.later("Accelerators", "accelerators-tab",
                () -> org.romaexplorer.ui.accelerators.AcceleratorsTab.tab(vm)));
        getTabs().add(LazyTabs.later("L-unit lab", "lunit-lab-tab", LabView::tab));
        getTabs().add(LazyTabs.later("Sensitivity", "sensitivity-tab",
                () -> org.romaexplorer.ui.uncertainty.SensitivityTab.tab(vm, page -> docs.accept(page))));
        LazyTabs.install(this);
        getSelectionModel().selectedItemProperty().addListener((o, a, t) -> refreshSelected());
        vm.designProperty().addListener((o, a, d) -> onDesign());
        refreshSelected();
    }

    /** What "Pin it" in the Design-space tab does: the window's pin of the current design. */
    public void setPinAction(Runnable action) { pinAction = action; }

    /** The figure's chart viewer, made on first use: when its tab is first shown or its zoom is asked for. */
    private ChartViewer viewer(PaperFigure f) {
        return viewers.computeIfAbsent(f, x -> {
            ChartViewer viewer = new ChartViewer(f.chart());
            viewer.setId(f.id() + "-viewer");
            zooms.put(f, ChartZoom.install(viewer, vm.designProperty()));
            return viewer;
        });
    }

    /** How the tabs open a documentation page they link to (the window passes Help's opener). */
    void setDocOpener(java.util.function.Consumer<String> opener) {
        docs = opener;
    }

    private Tab reportTab() {
        Tab report = new Tab("Report", new ReportView(vm.presetNameProperty(), page -> docs.accept(page)));
        report.setId("report-tab");
        report.setClosable(false);
        return report;
    }

    private void onDesign() {
        stale.addAll(figures.values());
        probe.begin();
        refreshSelected();
        probe.end(getScene());
    }

    private void refreshSelected() {
        PaperFigure f = figures.get(getSelectionModel().getSelectedItem());
        if (f != null && stale.remove(f)) {
            f.update(vm.design());
        }
    }

    /** The chart on the selected tab, if it shows one: a figure's, or one marked {@link ExportableTab}. */
    public Optional<org.jfree.chart.JFreeChart> selectedChart() {
        Tab tab = getSelectionModel().getSelectedItem();
        PaperFigure f = figures.get(tab);
        if (f != null) {
            return Optional.of(f.chart());
        }
        return ExportableTab.chartOf(tab);
    }

    /** Draws these pinned designs over every figure: the shown one now, the others when opened. */
    public void showPins(List<org.romaexplorer.compare.Pin> pins) {
        figures.values().forEach(f -> f.setPins(pins));
        stale.addAll(figures.values());
        refreshSelected();
    }

    /** Title of the selected tab, for dialogs. */
    public String selectedTitle() {
        Tab tab = getSelectionModel().getSelectedItem();
        PaperFigure f = figures.get(tab);
        return f != null ? f.title() : tab == null ? "" : tab.getText();
    }

    /** The figure on the selected tab, if a figure is shown. */
    public Optional<PaperFigure> selectedFigure() {
        return Optional.ofNullable(figures.get(getSelectionModel().getSelectedItem()));
    }

    /** The figure with this id, brought up to date. */
    public PaperFigure figure(String id) {
        PaperFigure f = figures.values().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        if (stale.remove(f)) {
            f.update(vm.design());
        }
        return f;
    }

    /** Resets the zoom of the selected figure (View › Reset zoom). */
    public void resetZoom() {
        selectedFigure().map(zooms::get).ifPresent(ChartZoom::reset);
    }

    /** The zoom of the figure with this id. */
    public ChartZoom zoom(String id) {
        PaperFigure f = figure(id);
        viewer(f);
        return zooms.get(f);
    }

    /** Selects tab {@code i} (0-based), if it exists. */
    public void select(int i) {
        if (i < getTabs().size()) {
            getSelectionModel().select(i);
        }
    }

    /** Selects the tab of the figure with this id. */
    public void selectFigure(String id) {
        figures.forEach((tab, f) -> {
            if (f.id().equals(id)) {
                getSelectionModel().select(tab);
            }
        });
    }

    /** "Fig 10" for fig10: twelve tabs fit side by side; the full title is the tab's tooltip. */
    private static String shortTitle(PaperFigure f) {
        return f.id().startsWith("fig") ? "Fig " + f.id().substring(3) : f.title();
    }

    public RepaintProbe probe() { return probe; }

    DesignPoint design() { return vm.design(); }
}
