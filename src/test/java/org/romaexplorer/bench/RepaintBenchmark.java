package org.romaexplorer.bench;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.romaexplorer.ui.RepaintHarness;
import org.romaexplorer.ui.charts.RepaintProbe;

/**
 * Slider step to repainted chart, the README's repaint figure: the main window headless on Monocle (as the GUI
 * tests run it, 1200×760, Fig. 10 shown), the SRAM slider moved 40 warm-up steps and then {@value #STEPS}
 * measured ones, with no and with two pinned designs (the second run is in the same, warmer JVM). Each step
 * waits until {@link RepaintProbe} has measured it (chart update + the next pulse's CSS and layout), so every
 * step counts, then one 60 Hz frame ({@value #GAP_MS} ms) before the next, as a drag delivers them; nothing
 * polls the FX thread meanwhile. Prints median, p95, p99, mean and max per run.
 *
 * <p>Run with {@code mvn -q test-compile exec:exec -Dexec.args="-cp %classpath org.romaexplorer.bench.RepaintBenchmark"};
 * on an otherwise idle machine (the numbers move a lot with load: docs/gui.md). Not a JMH benchmark: the
 * measure is taken on the FX thread by the app's own probe, which JMH cannot time.
 */
public final class RepaintBenchmark {
    static final int WARMUP = 40;
    static final int STEPS = 200;
    static final int GAP_MS = 16;

    private RepaintBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        System.out.printf(Locale.ROOT, "load average %.2f, %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        for (int pinned : new int[] {0, 2}) {
            run(pinned);
        }
        Platform.exit();
    }

    private static void run(int pinned) throws Exception {
        Stage stage = fx(Stage::new);
        RepaintHarness h = fx(() -> new RepaintHarness(stage));
        fx(() -> {
            h.pin(pinned);
            return null;
        });
        RepaintProbe probe = h.probe();
        Semaphore measured = new Semaphore(0);
        fx(() -> {
            probe.textProperty().addListener((o, was, now) -> measured.release()); // set by each measurement
            return null;
        });
        int missed = 0;
        for (int i = 0; i < WARMUP + STEPS; i++) {
            if (i == WARMUP) {
                fx(() -> {
                    probe.reset();
                    return null;
                });
            }
            measured.drainPermits();
            int before = fx(probe::count);
            int mb = 64 + (i * 7) % 400;
            Platform.runLater(() -> h.slideSramTo(mb));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            // the text does not change when a measurement repeats the last one to 0.1 ms: then ask the count
            while (!measured.tryAcquire(100, TimeUnit.MILLISECONDS) && fx(probe::count) == before
                    && System.nanoTime() < until) {
                continue;
            }
            missed += fx(probe::count) == before ? 1 : 0;
            Thread.sleep(GAP_MS);
        }
        System.out.printf(Locale.ROOT, "repaint, %d pinned, %d steps after %d warm-up (%d not measured): median %.2f ms,"
                        + " p95 %.2f ms, p99 %.2f ms, mean %.2f ms (chart update %.2f), max %.2f ms%n", pinned,
                fx(probe::count), WARMUP, missed, fx(probe::medianMs), fx(() -> probe.percentileMs(95)),
                fx(() -> probe.percentileMs(99)), fx(probe::meanMs), fx(probe::meanUpdateMs), fx(probe::maxMs));
        fx(() -> {
            stage.close();
            return null;
        });
    }

    /** Runs {@code task} on the FX thread and waits for its result. */
    private static <T> T fx(Supplier<T> task) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(task.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }
}
