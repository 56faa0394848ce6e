package org.romaexplorer.figures;

import java.util.List;
import org.jfree.data.xy.XYSeries;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Performance;
import org.romaexplorer.model.Platform;

/**
 * Fig. 9: generation speed vs input length 256…2048 at the workload's output length (paper: 4096), ROMA
 * for both models; the report's published points include the paper's CPU (i5-1135G7, 6.8 tokens/s) and
 * GPU (RTX 4090, 219 tokens/s) at 256 input tokens, drawn beside each platform's bandwidth/compute
 * roofline for the current model ({@link Platform}): the measured points must sit below them. Log scale:
 * the three differ by four decades. The lines start earlier than 256 when the current design's SRAM fills
 * (input + output = capacity) below 256, so that boundary, marked, is in view; when even 64 input
 * tokens overflow, the marker sits at the left edge and says so.
 */
public final class Fig9Generation extends XyFigure {
    private final CapacityMarker capacity = new CapacityMarker(plot(), true);
    private static final List<Platform> PLATFORMS = List.of(Platform.GPU_RTX_4090, Platform.CPU_I5_1135G7);

    public Fig9Generation() {
        super("fig9", "Fig 9 Generation", "Fig. 9 Generation speed, ROMA vs CPU/GPU", "Input length (tokens)",
                "Generation (tokens/s, log)", true);
    }

    @Override
    protected void fill(DesignPoint base) {
        List<DesignPoint> variants = ModelVariants.of(base);
        int m = base.workload().outputLen();
        long boundary = new Performance(base).capacityTokens() - m;
        int first = boundary > 0 && boundary < 256 ? (int) (boundary / 64 * 64) : 256;
        first = Math.max(64, first);
        for (DesignPoint p : variants) {
            Performance perf = new Performance(p);
            XYSeries s = panel.line("ROMA " + ModelVariants.key(p));
            for (int n = first; n <= 2048; n += 64) {
                s.add(n, perf.generationTokensPerS(n, m));
            }
        }
        for (Platform cpuGpu : PLATFORMS) {
            XYSeries s = panel.line(roofline(cpuGpu));
            for (int n = first; n <= 2048; n += 64) {
                s.add(n, cpuGpu.generationTokensPerS(base, n, m));
            }
        }
        panel.done();
        List<String> keep = new java.util.ArrayList<>(variants.stream().map(p -> "ROMA " + ModelVariants.key(p)).toList());
        PLATFORMS.forEach(p -> keep.add(roofline(p)));
        panel.retain(keep);
        int n = base.workload().inputLen();
        panel.setCurrent(n, new Performance(base).generationTokensPerS(n, m));
        List<String> models = ModelVariants.keys(variants);
        panel.setPublished(published(), p -> !models.contains(p.series())); // CPU and GPU: name them
        if (boundary < first) {
            capacity.show(first, "SRAM full before input " + first + " (" + CapacityMarker.policy(base) + " beyond)");
        } else {
            capacity.show(boundary <= 2048 ? boundary : 0, CapacityMarker.label(base));
        }
    }

    private static String roofline(Platform p) {
        return p.name() + " roofline";
    }
}
