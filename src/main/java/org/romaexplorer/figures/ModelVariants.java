package org.romaexplorer.figures;

import java.util.ArrayList;
import java.util.List;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Models;

/**
 * The design points the "both models" figures draw: each paper model (its own quantization) on the base's
 * chip, LoRA, KV precision and workload; where the base runs that model, the base itself. A base running
 * another model is drawn as a third line.
 */
final class ModelVariants {
    private ModelVariants() {}

    static List<DesignPoint> of(DesignPoint base) {
        List<DesignPoint> out = new ArrayList<>();
        boolean seen = false;
        for (DesignPoint paper : List.of(Models.llama3b(), Models.llama8b())) {
            boolean same = paper.model().name().equals(base.model().name());
            seen |= same;
            out.add(same ? base : onBaseChip(paper, base));
        }
        if (!seen) {
            out.add(base);
        }
        return out;
    }

    /** Line key: the model's name, as the report's series names it. */
    static String key(DesignPoint p) {
        return p.model().name();
    }

    static List<String> keys(List<DesignPoint> ps) {
        return ps.stream().map(ModelVariants::key).toList();
    }

    private static DesignPoint onBaseChip(DesignPoint paper, DesignPoint base) {
        return base.withModel(paper.model()).withQuant(paper.quant());
    }
}
