package org.romaexplorer.ui.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.model.Param;
import org.romaexplorer.model.Models;
import org.romaexplorer.model.Metric;
import org.romaexplorer.uncertainty.MonteCarlo;

/** The runner delivers only the newest request; older ones are dropped, computed or not. */
class UncertaintyRunnerTest {

    @Test
    void onlyTheNewestRequestIsDelivered() throws Exception {
        List<Runnable> fx = new CopyOnWriteArrayList<>();
        List<UncertaintyRunner.Result> got = new CopyOnWriteArrayList<>();
        UncertaintyRunner runner = new UncertaintyRunner(fx::add, got::add);
        DesignPoint a = Models.llama3b();
        DesignPoint b = Knobs.SRAM_MB.set(a, 1024);
        runner.request(a, "fig6");
        runner.request(b, "fig7");
        long until = System.nanoTime() + 30_000_000_000L;
        int ran = 0;
        while (got.isEmpty() && System.nanoTime() < until) {
            while (ran < fx.size()) {
                fx.get(ran++).run(); // a stale run, if it was computed at all, delivers nothing
            }
            Thread.sleep(10);
        }
        assertThat(got).hasSize(1);
        UncertaintyRunner.Result r = got.get(0);
        assertThat(r.figureId()).isEqualTo("fig7");
        assertThat(r.headline().get(Metric.POWER_W)).containsExactly(
                MonteCarlo.headline(MonteCarlo.samples(b, MonteCarlo.SAMPLES, MonteCarlo.SEED)).get(Metric.POWER_W));
        assertThat(r.latencyMs()).isPositive();
    }

    /**
     * The run is held at its hand-over to the FX thread (computed, not yet delivered) until the test has cancelled
     * it, and a second request is queued behind it and cancelled before it starts: neither may arrive. A request of
     * another runner, queued last on the same worker thread, marks when the worker is past both. The same steps
     * without the cancel deliver the newest (the control), so the test fails if cancel does nothing.
     */
    @ParameterizedTest(name = "cancelled: {0}")
    @ValueSource(booleans = {true, false})
    void aCancelledRequestIsNeverDelivered(boolean cancel) throws Exception {
        CountDownLatch computed = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        List<Runnable> fx = new CopyOnWriteArrayList<>();
        List<UncertaintyRunner.Result> got = new CopyOnWriteArrayList<>();
        UncertaintyRunner runner = new UncertaintyRunner(task -> {
            computed.countDown();
            await(cancelled); // the worker waits here: the run cannot finish before the test has cancelled
            fx.add(task);
        }, got::add);
        runner.request(Models.llama3b(), "fig10");
        assertThat(computed.await(30, TimeUnit.SECONDS)).as("the first run reached its hand-over").isTrue();
        runner.request(Knobs.SRAM_MB.set(Models.llama3b(), 512), "fig6"); // queued behind the held one
        CountDownLatch pastBoth = new CountDownLatch(1);
        new UncertaintyRunner(task -> pastBoth.countDown(), r -> { }).request(Models.llama3b(), null);
        if (cancel) {
            runner.cancel();
        }
        cancelled.countDown();
        assertThat(pastBoth.await(30, TimeUnit.SECONDS)).as("the worker ran both requests").isTrue();
        fx.forEach(Runnable::run);
        if (cancel) {
            assertThat(fx).as("only the held run handed over; the cancelled queued one computed nothing").hasSize(1);
            assertThat(got).isEmpty();
        } else {
            assertThat(fx).hasSize(2);
            assertThat(got).hasSize(1);
            assertThat(got.get(0).figureId()).isEqualTo("fig6");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
