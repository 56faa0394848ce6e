package org.romaexplorer.figures;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.romaexplorer.model.DesignPoint;

/**
 * A chart of one paper figure. The chart is built once; {@link #update} refills its datasets in place and
 * redraws once. No JavaFX here: the same objects serve the GUI and a headless export.
 */
public abstract class PaperFigure {
    private final String id;
    private final String title;
    private List<PublishedPoint> published = List.of();

    protected PaperFigure(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** Stable id: "fig2" … "fig12", "overview". */
    public String id() { return id; }

    /** Short title for tabs and menus. */
    public String title() { return title; }

    /** The chart, built once. */
    public abstract JFreeChart chart();

    /** Recomputes every dataset from {@code base}, in place, with one redraw at the end. */
    public final void update(DesignPoint base) {
        JFreeChart c = chart();
        c.setNotify(false);
        try {
            fill(base);
        } finally {
            c.setNotify(true);
        }
    }

    /** Published points of the paper; those of this figure with a finite x are shown as markers. */
    public final void setPublished(List<PublishedPoint> all) {
        published = all.stream().filter(p -> p.figure().equals(id) && Double.isFinite(p.x())).toList();
    }

    /** This figure's published points. */
    protected final List<PublishedPoint> published() { return published; }

    /** Refill the datasets; the chart does not redraw meanwhile. */
    protected abstract void fill(DesignPoint base);
}
