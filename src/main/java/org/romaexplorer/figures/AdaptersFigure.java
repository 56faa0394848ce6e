package org.romaexplorer.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.romaexplorer.model.Constants;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;

/**
 * Fig. 10 generalized (issue 21): tokens each user's KV cache holds vs SRAM size, with 1, 2, 4 and 8 resident
 * adapters at the design's rank (and the design's own count when it is another), for the design's users. Each
 * adapter is padded to its own LoRA pages; adapters 2, 3, … take the design's {@code other_ranks} when it lists
 * them. A dashed line marks the workload's context, as on Fig. 10. The paper publishes no numbers for it.
 */
public final class AdaptersFigure extends XyFigure {
    static final int[] COUNTS = {1, 2, 4, 8};
    private final CapacityMarker context = new CapacityMarker(plot(), false);

    public AdaptersFigure() {
        super("adapters", "Adapters", "Max tokens vs SRAM size, 1 to 8 resident adapters", "SRAM for LoRA + KV (MiB)",
                "Max tokens per user", false);
    }

    /** Line key for a count of adapters: "1 adapter", "4 adapters". */
    public static String key(int adapters) {
        return adapters + (adapters == 1 ? " adapter" : " adapters");
    }

    /** 1, 2, 4, 8 and the design's own count when it is another, so its dot always sits on a line. */
    static List<Integer> counts(int current) {
        List<Integer> out = new ArrayList<>(java.util.Arrays.stream(COUNTS).boxed().toList());
        if (!out.contains(current)) {
            out.add(current);
        }
        return out;
    }

    @Override
    public Map<String, double[][]> lines(DesignPoint base) {
        Map<String, double[][]> out = new LinkedHashMap<>();
        for (int n : counts(base.lora().adapters())) {
            out.put(key(n), Fig10MaxTokens.tokensVsSram(base, base.lora().withAdapters(n)));
        }
        return out;
    }

    @Override
    protected void fill(DesignPoint base) {
        panel.show(lines(base));
        panel.setCurrent(base.hw().sramBytes() / Constants.MIB, Evaluator.evaluate(base).maxTokens());
        panel.setPublished(List.of());
        long needed = (long) base.workload().inputLen() + base.workload().outputLen();
        context.show(needed, "context " + needed + " tokens (" + CapacityMarker.policy(base) + " below)");
    }

    @Override
    protected String pinnedLine(DesignPoint p) {
        return key(p.lora().adapters());
    }
}
