package org.romaexplorer.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.ModelShape;
import org.romaexplorer.model.Models;

/**
 * Fig. 10: tokens whose KV cache fits in SRAM vs SRAM size 32…512 MiB (the paper's "MB"), further either way
 * when the design has more or less, LoRA ranks 16, 32 and 64 plus the design's own rank, for the base's model. The paper's points (Llama-3.2-3B) are shown only while that model is loaded.
 *
 * <p>A dashed line marks the workload's context (input + output tokens): below it the SRAM overflows and
 * the design's {@code kv_overflow} policy applies. Sliding-window layers count per layer.
 */
public final class Fig10MaxTokens extends XyFigure {
    private final CapacityMarker context = new CapacityMarker(plot(), false);
    static final int[] RANKS = {16, 32, 64};

    public Fig10MaxTokens() {
        super("fig10", "Fig 10 Max tokens", "Fig. 10 Max tokens vs SRAM size", "SRAM for LoRA + KV (MiB)", "Max tokens", false);
    }

    /** Line key for a LoRA rank. */
    public static String key(int rank) {
        return "rank " + rank;
    }

    @Override
    public Map<String, double[][]> lines(DesignPoint base) {
        ModelShape m = base.model();
        double sramMb = base.hw().sramBytes() / Constants.MIB;
        int top = Math.max(512, (int) Math.ceil(sramMb / 64) * 64);
        int bottom = Math.min(32, Math.max(1, (int) Math.floor(sramMb)));
        Map<String, double[][]> out = new LinkedHashMap<>();
        for (int r : ranks(base.lora().rank())) {
            long lora = base.lora().withRank(r).bytes(m);
            out.put(key(r), curve(bottom, top, 16, mb -> base.layout().maxTokens(mib(mb), lora, m, base.kvBits())));
        }
        return out;
    }

    @Override
    protected void fill(DesignPoint base) {
        double sramMb = base.hw().sramBytes() / Constants.MIB;
        panel.show(lines(base));
        panel.setCurrent(sramMb, Evaluator.evaluate(base).maxTokens());
        boolean paperModel = base.model().name().equals(Models.LLAMA_3_2_3B.name());
        panel.setPublished(paperModel ? published().stream().filter(p -> p.series().startsWith("rank")).toList()
                : List.of());
        long needed = (long) base.workload().inputLen() + base.workload().outputLen();
        context.show(needed, String.format("context %,d tokens (input + output): below it the SRAM overflows and %s",
                needed, CapacityMarker.beyond(base)));
    }

    /** The paper's ranks, and the design's own when it is another, so its dot always sits on a line. */
    static List<Integer> ranks(int current) {
        List<Integer> out = new java.util.ArrayList<>(java.util.Arrays.stream(RANKS).boxed().toList());
        if (!out.contains(current)) {
            out.add(current);
        }
        return out;
    }

    /** A pinned design's line is its own rank's (drawn for it, see {@link #ranks}). */
    @Override
    protected String pinnedLine(DesignPoint p) {
        return key(p.lora().rank());
    }

    private static long mib(int mb) {
        return Math.round(mb * Constants.MIB);
    }
}
