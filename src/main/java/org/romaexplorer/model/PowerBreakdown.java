package org.romaexplorer.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Power or energy split five ways: ROM read, compute (L-unit lanes and H-unit MACs), SRAM/KV reads, vector
 * units and leakage. {@link #peakW} is Table I's peak power; {@link #perDecodeToken} charges each part for
 * the cycles it is busy in one decode step (L-units T_w, H-units T_r + a·k, vector T_v, Performance) and
 * leakage for the whole step. Both sum exactly to their {@link #total()}.
 *
 * @param romRead ROM read, W or J
 * @param compute compute, W or J
 * @param sram    SRAM/KV reads, W or J
 * @param vector  vector units, W or J
 * @param leakage leakage of all memories, W or J
 */
public record PowerBreakdown(double romRead, double compute, double sram, double vector, double leakage) {

    /** Every part finite and non-negative, as for {@link Metrics}. */
    public PowerBreakdown {
        Check.outputs(PARTS, romRead, compute, sram, vector, leakage);
    }

    private static final String[] PARTS = {"rom_read", "compute", "sram", "vector", "leakage"};

    public double total() {
        return romRead + compute + sram + vector + leakage;
    }

    /** Peak power at full activity, W. */
    public static PowerBreakdown peakW(DesignPoint p) {
        ChipPower c = ChipPower.of(p);
        return new PowerBreakdown(c.romReadW(p.hw().weightCell()), c.lUnitComputeW() + c.hUnitMacW(), c.sramReadW(),
                c.vectorDynamicW(), c.leakageW());
    }

    /**
     * Energy of one decode token with {@code kv} cached tokens, J. With B users one round makes B tokens: each
     * token is charged ⌈B/R⌉/B of the round's ROM reads (one read serves R rows), one row of the lanes for T_w,
     * its own adapter's share of the round's LoRA, its attention, its vector work, and 1/B of the round's leakage.
     */
    public static PowerBreakdown perDecodeToken(DesignPoint p, long kv) {
        ChipPower c = ChipPower.of(p);
        Performance perf = new Performance(p);
        double[] st = perf.stageCycles();
        double f = p.hw().clockHz();
        double l = st[0] / f;
        double h = (perf.loraCyclesPerToken() + perf.attentionCycles(kv)) / f;
        int users = perf.users();
        double readShare = Math.ceil((double) users / p.hw().lUnitRows()) / users;
        return new PowerBreakdown(c.romReadW(p.hw().weightCell()) * l * readShare,
                c.lUnitComputeW() / p.hw().lUnitRows() * l + c.hUnitMacW() * h,
                c.sramReadW() * h, c.vectorDynamicW() * st[1] / f, c.leakageW() * perf.roundCycles(kv) / f / users);
    }

    /** Named fields for {@code eval --json}: {@code prefix_rom_read} … {@code prefix_total}. */
    public Map<String, Object> asMap(String prefix) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(prefix + "_rom_read", romRead);
        m.put(prefix + "_compute", compute);
        m.put(prefix + "_sram", sram);
        m.put(prefix + "_vector", vector);
        m.put(prefix + "_leakage", leakage);
        m.put(prefix + "_total", total());
        return m;
    }
}
