package org.romaexplorer.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;

/**
 * Measures design change → visible charts updated: from just before the chart update to the end of the
 * layout pass of the next pulse (System.nanoTime). Keeps the last and the worst value.
 */
public final class RepaintProbe {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private long start;
    private boolean waiting;
    private double lastMs;
    private double maxMs;
    private int count;
    private double sumMs;

    /** Call just before the charts update. */
    void begin() {
        if (!waiting) {
            start = System.nanoTime();
        }
    }

    /** Call just after the charts updated; the measure ends after the next pulse's layout. */
    void end(Scene scene) {
        if (scene == null) {
            record();
            return;
        }
        if (!waiting) {
            waiting = true;
            Runnable once = new Runnable() {
                @Override public void run() {
                    scene.removePostLayoutPulseListener(this);
                    waiting = false;
                    record();
                }
            };
            scene.addPostLayoutPulseListener(once);
            javafx.application.Platform.requestNextPulse();
        }
    }

    private void record() {
        lastMs = (System.nanoTime() - start) / 1e6;
        count++;
        sumMs += lastMs;
        maxMs = Math.max(maxMs, lastMs);
        text.set(String.format("repaint %.1f ms (mean %.1f, max %.1f, n=%d)", lastMs, sumMs / count, maxMs, count));
    }

    public double lastMs() { return lastMs; }

    public double maxMs() { return maxMs; }

    public double meanMs() { return count == 0 ? 0 : sumMs / count; }

    public int count() { return count; }

    /** Resets the statistics (e.g. after warm-up). */
    public void reset() {
        count = 0;
        sumMs = 0;
        maxMs = 0;
    }

    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
}
