package org.romaexplorer.figures;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.romaexplorer.compare.Pin;
import org.romaexplorer.compare.Pins;
import org.romaexplorer.model.DesignPoint;

/**
 * A chart of one paper figure. The chart is built once; {@link #update} refills its datasets in place and
 * redraws once. No JavaFX here: the same objects serve the GUI and a headless export.
 */
public abstract class PaperFigure {
    private final String id;
    private final String title;
    private List<PublishedPoint> published = List.of();
    private final PaperFigure[] shadows = new PaperFigure[Pins.MAX];
    private final DesignPoint[] shadowDesigns = new DesignPoint[Pins.MAX];
    private List<Pin> pins = List.of();
    private boolean pinsChanged;

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
            if (pinsChanged) {
                overlayPins();
            }
        } finally {
            c.setNotify(true);
        }
    }

    /** Pinned designs to draw over this figure from the next {@link #update} on; empty removes them. */
    public final void setPins(List<Pin> ps) {
        pins = List.copyOf(ps);
        pinsChanged = true;
    }

    /** The key of the model line that stands for design {@code p} on an XY plot, null if none does. */
    protected String pinnedLine(DesignPoint p) {
        return ModelVariants.key(p);
    }

    private void overlayPins() {
        List<JFreeChart> drawn = new ArrayList<>();
        for (Pin p : pins) {
            drawn.add(shadow(p).chart());
        }
        PinOverlay.apply(chart(), pins, drawn, this::pinnedLine);
        pinsChanged = false;
    }

    /** A figure of the same kind drawn for the pin's design, kept per colour slot and redrawn when it changes. */
    private PaperFigure shadow(Pin p) {
        int s = p.slot();
        if (shadows[s] == null) {
            shadows[s] = newOfSameKind();
        }
        if (shadowDesigns[s] != p.design()) {
            shadows[s].update(p.design());
            shadowDesigns[s] = p.design();
        }
        return shadows[s];
    }

    private PaperFigure newOfSameKind() {
        try {
            return getClass().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(getClass().getSimpleName() + " needs a no-argument constructor", e);
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
