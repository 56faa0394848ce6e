package org.romaexplorer.ui.charts;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Tab;
import org.jfree.chart.JFreeChart;

/** A tab that is not one of the paper's figures but shows a chart that File → Export and copy act on. */
public final class ExportableTab {
    private ExportableTab() {}

    /** Marks {@code tab} as showing {@code chart} (the one its user last pointed at), for export and copy. */
    public static void mark(Tab tab, Supplier<JFreeChart> chart) {
        tab.setUserData(chart);
    }

    /** The chart {@code tab} was marked with, if any. */
    public static Optional<JFreeChart> chartOf(Tab tab) {
        return tab != null && tab.getUserData() instanceof Supplier<?> s && s.get() instanceof JFreeChart c
                ? Optional.of(c) : Optional.empty();
    }
}
