package org.romaexplorer.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Performance;
import org.romaexplorer.model.Platform;

/**
 * Fig. 9: generation speed vs input length 256…2048 at the workload's output length (paper: 4096), ROMA
 * for both models; the report's published points include the paper's CPU (i5-1135G7, 6.8 tokens/s) and
 * GPU (RTX 4090, 219 tokens/s) at 256 input tokens, drawn beside each platform's bandwidth/compute
 * roofline for the current model ({@link Platform}): the measured points must sit below them. Log scale:
 * the three differ by four decades. The lines start earlier than 256 when the current design's SRAM fills
 * (input + output = capacity) below 256, so that boundary, marked, is in view; when even that overflows,
 * the marker sits at the left edge and says so.
 */
public final class Fig9Generation extends XyFigure {
    private final CapacityMarker capacity = new CapacityMarker(plot(), true);
    private static final List<Platform> PLATFORMS = List.of(Platform.GPU_RTX_4090, Platform.CPU_I5_1135G7);

    public Fig9Generation() {
        super("fig9", "Fig 9 Generation", "Fig. 9 Generation speed, ROMA vs CPU/GPU", "Input length (tokens)",
                "Generation (tokens/s, log)", true);
    }

    @Override
    public Map<String, double[][]> lines(DesignPoint base) {
        Map<String, double[][]> out = new LinkedHashMap<>();
        int m = base.workload().outputLen();
        int first = first(boundary(base));
        for (DesignPoint p : ModelVariants.of(base)) {
            Performance perf = new Performance(p);
            out.put("ROMA " + ModelVariants.key(p), curve(first, 2048, 64, n -> perf.generationTokensPerS(n, m)));
        }
        for (Platform cpuGpu : PLATFORMS) {
            out.put(roofline(cpuGpu), curve(first, 2048, 64, n -> cpuGpu.generationTokensPerS(base, n, m)));
        }
        return out;
    }

    /** Input length at which input + output fills the current design's SRAM (may be ≤ 0). */
    private static long boundary(DesignPoint base) {
        return new Performance(base).capacityTokens() - base.workload().outputLen();
    }

    /** 256, or the multiple of 64 (at least 64) just below a boundary that falls under 256. */
    private static int first(long boundary) {
        return boundary > 0 && boundary < 256 ? (int) Math.max(64, boundary / 64 * 64) : 256;
    }

    @Override
    protected void fill(DesignPoint base) {
        List<DesignPoint> variants = ModelVariants.of(base);
        int m = base.workload().outputLen();
        panel.show(lines(base));
        int n = base.workload().inputLen();
        panel.setCurrent(n, new Performance(base).generationTokensPerS(n, m));
        List<String> models = ModelVariants.keys(variants);
        panel.setPublished(published(), p -> !models.contains(p.series())); // CPU and GPU: name them
        long boundary = boundary(base);
        int first = first(boundary);
        if (boundary < first) {
            capacity.show(first, String.format("SRAM full before input %d (+ %,d output): at every point %s", first, m,
                    CapacityMarker.beyond(base)));
        } else {
            capacity.show(boundary <= 2048 ? boundary : 0, String.format("SRAM full from input %,d (+ %,d output):"
                    + " beyond it %s", boundary, m, CapacityMarker.beyond(base)));
        }
    }

    /** What the SRAM boundary's legend entry says; empty when hidden. */
    public String capacityText() {
        return capacity.text();
    }

    @Override
    protected String pinnedLine(DesignPoint p) {
        return "ROMA " + ModelVariants.key(p);
    }

    private static String roofline(Platform p) {
        return p.name() + " roofline";
    }
}
