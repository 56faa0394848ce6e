package org.romaexplorer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongConsumer;

/** A self-overwriting percentage on stderr, at most five updates a second; silent when disabled. */
final class ProgressLine implements LongConsumer {
    private static final long PERIOD_NS = 200_000_000L;
    private final PrintWriter err;
    private final String label;
    private final long total;
    private final boolean enabled;
    private long lastNs;

    ProgressLine(PrintWriter err, String label, long total, boolean enabled) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.enabled = enabled;
    }

    @Override
    public void accept(long done) {
        long now = System.nanoTime();
        if (!enabled || (done < total && now - lastNs < PERIOD_NS)) {
            return;
        }
        lastNs = now;
        err.printf(Locale.ROOT, "\r%s %5.1f%% (%,d of %,d)%s", label, 100.0 * done / total, done, total, done >= total ? "\n" : "");
        err.flush();
    }
}
