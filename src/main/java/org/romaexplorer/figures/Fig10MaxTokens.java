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
 * Fig. 10: tokens whose KV cache fits in SRAM vs SRAM size 32…512 MB (further when the design has more), LoRA ranks 16, 32 and 64, for the
 * base's model. The paper's points (Llama-3.2-3B) are shown only while that model is loaded.
 */
public final class Fig10MaxTokens extends XyFigure {
    static final int[] RANKS = {16, 32, 64};

    public Fig10MaxTokens() {
        super("fig10", "Fig 10 Max tokens", "Fig. 10 Max tokens vs SRAM size", "SRAM for LoRA + KV (MB)", "Max tokens", false);
    }

    /** Line key for a LoRA rank. */
    public static String key(int rank) {
        return "rank " + rank;
    }

    @Override
    public Map<String, double[][]> lines(DesignPoint base) {
        ModelShape m = base.model();
        long kv = m.kvBytesPerToken(base.kvBits());
        int top = Math.max(512, (int) Math.ceil(base.hw().sramBytes() / Constants.MIB / 64) * 64);
        Map<String, double[][]> out = new LinkedHashMap<>();
        for (int r : RANKS) {
            long lora = base.lora().withRank(r).bytes(m);
            out.put(key(r), curve(32, top, 16, mb -> base.layout().maxTokens(mib(mb), lora, kv)));
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
    }

    private static long mib(int mb) {
        return Math.round(mb * Constants.MIB);
    }
}
