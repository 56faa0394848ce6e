package org.romaexplorer.figures;

import java.util.List;
import org.jfree.data.xy.XYSeries;
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
    protected void fill(DesignPoint base) {
        ModelShape m = base.model();
        long kv = m.kvBytesPerToken(base.kvBits());
        double sramMb = base.hw().sramBytes() / Constants.MIB;
        int top = Math.max(512, (int) Math.ceil(sramMb / 64) * 64);
        for (int r : RANKS) {
            long lora = base.lora().withRank(r).bytes(m);
            XYSeries s = panel.line(key(r));
            for (int mb = 32; mb <= top; mb += 16) {
                s.add(mb, base.layout().maxTokens(mib(mb), lora, kv));
            }
        }
        panel.done();
        panel.setCurrent(sramMb, Evaluator.evaluate(base).maxTokens());
        boolean paperModel = m.name().equals(Models.LLAMA_3_2_3B.name());
        panel.setPublished(paperModel ? published().stream().filter(p -> p.series().startsWith("rank")).toList()
                : List.of());
    }

    /** A pinned design's line is its rank's, when the figure draws that rank; else only its point is drawn. */
    @Override
    protected String pinnedLine(DesignPoint p) {
        int r = p.lora().rank();
        return java.util.Arrays.stream(RANKS).anyMatch(x -> x == r) ? key(r) : null;
    }

    private static long mib(int mb) {
        return Math.round(mb * Constants.MIB);
    }
}
