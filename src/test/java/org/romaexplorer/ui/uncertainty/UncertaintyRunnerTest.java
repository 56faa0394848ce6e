package org.romaexplorer.ui.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
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

    @Test
    void aCancelledRequestIsNeverDelivered() throws Exception {
        List<Runnable> fx = new CopyOnWriteArrayList<>();
        List<UncertaintyRunner.Result> got = new CopyOnWriteArrayList<>();
        UncertaintyRunner runner = new UncertaintyRunner(fx::add, got::add);
        runner.request(Models.llama3b(), "fig10");
        runner.cancel();
        Thread.sleep(1500);
        fx.forEach(Runnable::run);
        assertThat(got).isEmpty();
    }
}
