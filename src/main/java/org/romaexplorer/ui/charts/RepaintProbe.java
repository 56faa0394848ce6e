package org.romaexplorer.ui.charts;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;

/**
 * Measures what a design change costs the FX thread (System.nanoTime): the chart update (datasets refilled,
 * chart drawn to its canvas) plus the CSS and layout of the next pulse (its pre- to post-layout listeners).
 * Also the latency from the change to the end of that pulse, which includes waiting for the pulse timer.
 */
public final class RepaintProbe {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private long start;
    private long updateNs;
    private long pulseStart;
    private boolean waiting;
    private int count;
    private double sumWorkMs;
    private double maxWorkMs;
    private double sumUpdateMs;
    private double sumLatencyMs;
    private final java.util.List<Double> samples = new java.util.ArrayList<>();

    /** Call just before the charts update. */
    public void begin() {
        start = System.nanoTime();
    }

    /** Call just after the charts updated; the measure ends after the next pulse's layout. */
    public void end(Scene scene) {
        updateNs = System.nanoTime() - start;
        if (scene == null || waiting) {
            return;
        }
        waiting = true;
        Runnable pre = new Runnable() {
            @Override public void run() {
                scene.removePreLayoutPulseListener(this);
                pulseStart = System.nanoTime();
            }
        };
        Runnable post = new Runnable() {
            @Override public void run() {
                scene.removePostLayoutPulseListener(this);
                waiting = false;
                record(System.nanoTime());
            }
        };
        scene.addPreLayoutPulseListener(pre);
        scene.addPostLayoutPulseListener(post);
        Platform.requestNextPulse();
    }

    private void record(long end) {
        double update = updateNs / 1e6;
        double work = update + (end - pulseStart) / 1e6;
        count++;
        sumUpdateMs += update;
        sumWorkMs += work;
        sumLatencyMs += (end - start) / 1e6;
        maxWorkMs = Math.max(maxWorkMs, work);
        if (samples.size() < 10_000) {
            samples.add(work);
        }
        text.set(String.format("repaint %.1f ms (median %.1f, max %.1f)", work, medianMs(), maxWorkMs));
    }

    /** Mean of chart update + pulse CSS/layout, ms. */
    public double meanMs() { return count == 0 ? 0 : sumWorkMs / count; }

    public double maxMs() { return maxWorkMs; }

    /** Median of chart update + pulse CSS/layout, ms: robust to JIT and GC pauses. */
    public double medianMs() {
        if (samples.isEmpty()) {
            return 0;
        }
        double[] s = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s[s.length / 2];
    }

    /** Mean of the chart update alone, ms. */
    public double meanUpdateMs() { return count == 0 ? 0 : sumUpdateMs / count; }

    /** Mean time from the change to the end of the next pulse's layout, waiting included, ms. */
    public double meanLatencyMs() { return count == 0 ? 0 : sumLatencyMs / count; }

    public int count() { return count; }

    /** Resets the statistics (e.g. after warm-up). */
    public void reset() {
        count = 0;
        sumWorkMs = 0;
        maxWorkMs = 0;
        sumUpdateMs = 0;
        sumLatencyMs = 0;
        samples.clear();
    }

    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
}
