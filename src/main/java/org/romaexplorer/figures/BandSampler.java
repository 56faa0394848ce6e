package org.romaexplorer.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.uncertainty.MonteCarlo;

/**
 * p5–p95 bands around a figure's lines: the figure's {@link XyFigure#lines} (pure computation, no chart) for
 * each Monte Carlo sample, each line's y values reduced to percentiles point by point. Lines whose x grid
 * changes between samples get no band. Thread-safe: each call uses its own scratch figure.
 */
public final class BandSampler {
    /** The figures that draw bands: prefill, decode, generation and max tokens (Figs. 6, 7, 9, 10), and cost. */
    private static final Map<String, Supplier<XyFigure>> BANDED = Map.of("fig6", Fig6Prefill::new, "fig7", Fig7Decode::new,
            "fig9", Fig9Generation::new, "fig10", Fig10MaxTokens::new, "cost", CostFigure::new);

    private BandSampler() {}

    /** Ids of the figures that draw bands. */
    public static java.util.Set<String> ids() {
        return BANDED.keySet();
    }

    /** For each line key: {xs, p5, p95}. */
    public static Map<String, double[][]> bands(String figureId, List<DesignPoint> samples) {
        XyFigure scratch = BANDED.get(figureId).get();
        Map<String, Line> lines = new LinkedHashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            int sample = i;
            scratch.lines(samples.get(i)).forEach((key, c) ->
                    lines.computeIfAbsent(key, k -> new Line(c[0], samples.size())).collect(c, sample));
        }
        Map<String, double[][]> out = new LinkedHashMap<>();
        lines.forEach((k, line) -> {
            if (!line.broken) {
                out.put(k, line.reduce());
            }
        });
        return out;
    }

    /** One line's y values, item by sample, on the x grid of the first sample. */
    private static final class Line {
        private final double[] xs;
        private final double[][] ys;
        private boolean broken;

        Line(double[] firstXs, int samples) {
            xs = firstXs.clone();
            ys = new double[xs.length][samples];
        }

        void collect(double[][] c, int sample) {
            if (!java.util.Arrays.equals(c[0], xs)) {
                broken = true;
                return;
            }
            for (int j = 0; j < xs.length; j++) {
                ys[j][sample] = c[1][j];
            }
        }

        double[][] reduce() {
            double[][] out = {xs.clone(), new double[xs.length], new double[xs.length]};
            for (int j = 0; j < xs.length; j++) {
                out[1][j] = MonteCarlo.percentile(ys[j], 0.05);
                out[2][j] = MonteCarlo.percentile(ys[j], 0.95);
            }
            return out;
        }
    }
}
