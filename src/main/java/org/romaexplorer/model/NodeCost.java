package org.romaexplorer.model;

/**
 * What a process node costs, per 300 mm wafer and per tape-out: the table the cost knobs scale from. The cost knobs
 * ({@link CostKnobs}) hold ROMA's 7 nm values, as the technology constants do; at another node each is multiplied by
 * this table's ratio to 7 nm, so at 7 nm every factor is exactly 1 (docs/cost.md, "Per-node table"). Every value is
 * a secondary source or an assumption; dates are of the source.
 *
 * @param node         the node
 * @param waferUsd     price of one processed 300 mm wafer, USD: CSET "AI Chips" (Khan and Mann, 2020, as ttm-cas and
 *                     chiplet-actuary use it) for 65, 28, 16/12, 7, 5 nm; 6 nm = 7 nm (no figure found: N6 reuses N7's
 *                     rules); 3 nm $20,000 (DigiTimes via SiliconExpert, Dec 2022; the Information Network puts the 2024
 *                     ASP at $19,865)
 * @param d0PerCm2     defect density of a mature line, defects/cm²: 7 nm 0.09 (TSMC at VLSI 2019, via AnandTech, Aug
 *                     2020), 5 nm 0.10 (TSMC Technology Symposium 2020, same article), 3 nm 0.10 (N3E "similar to N5",
 *                     TSMC, May 2024); 65/28 nm 0.05 and 16/12 nm 0.07 (assumption between ttm-cas's 2023 table and
 *                     chiplet-actuary's 2022 one)
 * @param maskSetUsd   one full mask set, USD: IC Knowledge via ttm-cas (c. 2017–2023) for 65, 28, 16 (its 14 nm row),
 *                     7, 5 nm; 12 nm = 16 nm and 6 nm = 7 nm (assumption); 3 nm $30 M (SemiAnalysis, c. 2022: "into the
 *                     $40M range"; a practitioner, 2025: "over $30 million"; assumption)
 * @param masks        masks in that set: 65 nm 30, 28 nm 40, 16/12 nm 60, 7 nm and below 80 (assumption: SemiAnalysis
 *                     "more than 60 unique layers" at the leading edge; D2S "over 100 in some cases" before EUV); sets
 *                     the price of an average mask
 * @param designNreUsd design and IP NRE of a chip at this node, USD, before the 0.3 factor of {@code design_nre_usd}:
 *                     IBS 2018 (via SemiEngineering; chiplet-actuary's series, 2022) for 65 (its 55 nm row), 28, 16 (its
 *                     14 nm row), 7, 5 nm; 12 = 16 nm and 6 = 7 nm (assumption); 3 nm $650 M (IBS c. 2020)
 */
public record NodeCost(ProcessNode node, double waferUsd, double d0PerCm2, double maskSetUsd, int masks,
                       double designNreUsd) {

    private static final NodeCost[] TABLE = table();
    /** Each row's ratios to 7 nm (wafer, D₀, mask set, design) and its average mask price, by ordinal: no division per use. */
    private static final double[][] SCALES = scales();

    public NodeCost {
        if (node == null) {
            throw new InvalidParameterException("node_nm", "a node must be given");
        }
        Check.range("wafer_usd", waferUsd, 1, 1e6);
        Check.range("defect_density_per_cm2", d0PerCm2, 1e-6, 10);
        Check.range("mask_set_usd", maskSetUsd, 1, 1e10);
        Check.range("masks", masks, 1, 1000);
        Check.range("design_nre_usd", designNreUsd, 1, 1e11);
    }

    private static NodeCost[] table() {
        NodeCost[] t = new NodeCost[ProcessNode.values().length];
        put(t, new NodeCost(ProcessNode.N65, 1_937, 0.05, 0.208e6, 30, 28e6));
        put(t, new NodeCost(ProcessNode.N28, 2_891, 0.05, 1.2e6, 40, 51e6));
        put(t, new NodeCost(ProcessNode.N16, 3_984, 0.07, 2.82e6, 60, 106e6));
        put(t, new NodeCost(ProcessNode.N12, 3_984, 0.07, 2.82e6, 60, 106e6));
        put(t, new NodeCost(ProcessNode.N7, 9_346, 0.09, 10.5e6, 80, 298e6));
        put(t, new NodeCost(ProcessNode.N6, 9_346, 0.09, 10.5e6, 80, 298e6));
        put(t, new NodeCost(ProcessNode.N5, 16_988, 0.10, 18.1e6, 80, 542e6));
        put(t, new NodeCost(ProcessNode.N3, 20_000, 0.10, 30e6, 80, 650e6));
        for (ProcessNode n : ProcessNode.values()) {
            if (t[n.ordinal()] == null) {
                throw new IllegalStateException("no cost row for " + n.nm() + " nm");
            }
        }
        return t;
    }

    private static double[][] scales() {
        NodeCost ref = TABLE[ProcessNode.N7.ordinal()];
        double[][] s = new double[TABLE.length][];
        for (NodeCost r : TABLE) {
            s[r.node.ordinal()] = new double[] {r.waferUsd / ref.waferUsd, r.d0PerCm2 / ref.d0PerCm2,
                r.maskSetUsd / ref.maskSetUsd, r.designNreUsd / ref.designNreUsd, 1.0 / r.masks};
        }
        return s;
    }

    private static void put(NodeCost[] t, NodeCost row) {
        t[row.node.ordinal()] = row;
    }

    /** The row of {@code n}. */
    public static NodeCost of(ProcessNode n) {
        return TABLE[n.ordinal()];
    }

    /** Wafer price over 7 nm's. */
    public double waferScale() { return SCALES[node.ordinal()][0]; }

    /** Defect density over 7 nm's. */
    public double defectScale() { return SCALES[node.ordinal()][1]; }

    /** Mask-set price over 7 nm's. */
    public double maskSetScale() { return SCALES[node.ordinal()][2]; }

    /** Design NRE over 7 nm's (also scales the engineering of a model update). */
    public double designScale() { return SCALES[node.ordinal()][3]; }

    /** 1 / {@link #masks()}: a mask's share of the set. */
    public double perMask() { return SCALES[node.ordinal()][4]; }
}
