package org.romaexplorer.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.LoraConfig;
import org.romaexplorer.model.ModelShape;
import org.romaexplorer.model.Models;
import org.romaexplorer.model.Serving;

/**
 * Fig. 10: tokens whose KV cache fits in SRAM vs SRAM size 32…512 MiB (the paper's "MB"), further either way
 * when the design has more or less, LoRA ranks 16, 32 and 64 plus the design's own rank, for the base's model,
 * per user with the design's resident adapters and users (one of each: the paper's figure; the generalization
 * to many adapters is {@link AdaptersFigure}). The paper's points (Llama-3.2-3B) are shown only while that
 * model is loaded.
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
        Map<String, double[][]> out = new LinkedHashMap<>();
        for (int r : ranks(base.lora().rank())) {
            out.put(key(r), tokensVsSram(base, base.lora().withRank(r)));
        }
        return out;
    }

    /**
     * Tokens per user vs SRAM MiB with adapters {@code lora}, the design's users and layout: 32…512 MiB in steps
     * of 16, further either way to take in the design's SRAM. One adapter and one user: the paper's Fig. 10.
     */
    static double[][] tokensVsSram(DesignPoint base, LoraConfig lora) {
        ModelShape m = base.model();
        double sramMb = base.hw().sramBytes() / Constants.MIB;
        int top = Math.max(512, (int) Math.ceil(sramMb / 64) * 64);
        int bottom = Math.min(32, Math.max(1, (int) Math.floor(sramMb)));
        long share = Serving.loraSharePerUnit(base.layout(), lora, m);
        int users = base.workload().users();
        return curve(bottom, top, 16, mb -> base.layout().maxTokensPerUser(mib(mb), share, m, base.kvBits(), users));
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
