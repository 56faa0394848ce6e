package org.romaexplorer.model;

import java.util.EnumSet;
import java.util.Set;
import org.romaexplorer.RandomCase;

/**
 * Random design points over the whole range every part's constructor accepts (ends included), for the
 * guarantee that no accepted design evaluates to a non-finite or negative number.
 */
final class AnyDesignPoint {
    private AnyDesignPoint() {}

    static DesignPoint of(RandomCase c) {
        return new DesignPoint(shape(c), quant(c), lora(c), c.pick(4, 8, 16, 32), layout(c), hardware(c),
                technology(c), new Workload(c.between(1, 1 << 20), c.between(0, 1 << 20), c.between(1, 1 << 20),
                        c.between(1, 1024), c.between(0.0, 1.0)));
    }

    static ModelShape shape(RandomCase c) {
        int heads = c.between(1, 4096);
        int kvHeads = c.between(1, heads);
        while (heads % kvHeads != 0) {
            kvHeads--;
        }
        return new ModelShape("m", c.between(1, 1 << 20), c.between(1, 1 << 22), c.between(1, 1024), heads, kvHeads,
                c.between(1, 4096), c.between(1, 1 << 24), c.bool(), c.bool(), c.between(0, 8));
    }

    private static Quantization quant(RandomCase c) {
        return new Quantization(c.pick(2, 3, 4, 8), c.between(1, 65_536), c.between(0, 32), c.between(0, 16),
                c.bool(), c.bool());
    }

    private static LoraConfig lora(RandomCase c) {
        Set<Projection> targets = EnumSet.noneOf(Projection.class);
        for (Projection p : Projection.values()) {
            if (c.bool()) {
                targets.add(p);
            }
        }
        targets.add(c.pick(Projection.values()));
        java.util.List<Integer> others = new java.util.ArrayList<>();
        for (int i = c.bool() ? 0 : c.between(0, 255); i > 0; i--) {
            others.add(c.between(0, 1024));
        }
        return new LoraConfig(c.between(0, 1024), c.pick(4, 8, 16, 32), targets, c.between(1, 256), others);
    }

    private static SramLayout layout(RandomCase c) {
        return new SramLayout(c.between(1, 65_536), c.between(1, 1 << 20), c.between(1, 1 << 30));
    }

    private static Hardware hardware(RandomCase c) {
        return new Hardware(c.logBetween(1e6, 1e10), c.between(1, 1024), c.between(1, 1024),
                (long) c.logBetween(1, 1L << 45), (long) c.logBetween(1, 1L << 40), (long) c.logBetween(1, 1L << 40),
                c.logBetween(1e-3, 1e9), c.logBetween(1e-3, 1e9), c.between(0.0, 1e6), c.between(0.0, 1.0),
                WeightCell.values()[c.between(0, WeightCell.values().length - 1)],
                KvStore.values()[c.between(0, KvStore.values().length - 1)], c.between(1, 1024));
    }

    private static Technology technology(RandomCase c) {
        return new Technology(ProcessNode.values()[c.between(0, ProcessNode.values().length - 1)],
                c.logBetween(1e-4, 10), c.logBetween(1e-3, 10), c.between(0.01, 1.0),
                c.between(1, 1 << 16), c.between(0, 1 << 10), c.between(0.0, 10), c.between(0.0, 1.0),
                c.between(0.0, 1e6), c.between(0.0, 1e6), c.between(0.0, 1e3), c.logBetween(1e-3, 1),
                c.logBetween(1e-3, 1e6), c.logBetween(1e-6, 1e3), c.logBetween(1e-3, 1e6), c.logBetween(1e-6, 1e6),
                c.logBetween(1e-3, 1e3), c.between(0.0, 1e6), c.between(0.0, 10), c.between(0.0, 2),
                new CellTech(c.logBetween(1e-4, 10), c.logBetween(1e-4, 1), c.between(0.0, 0.9), c.logBetween(0.01, 10),
                        c.between(0.0, 100), c.logBetween(1, 1e6)));
    }
}
