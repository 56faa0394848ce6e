package org.romaexplorer.model;

/**
 * What happens when the KV cache outgrows the SRAM (the paper does not say; docs/model.md).
 *
 * <ul>
 *   <li>{@link Overflow#REJECT}: the design is flagged ({@code context_fits: false}) and timed as if the
 *   SRAM were large enough (the tool's behaviour before this policy existed).</li>
 *   <li>{@link Overflow#SPILL}: tokens beyond the SRAM's capacity live in off-chip DRAM; every decode step
 *   (and every prompt token in prefill) reads their K and V at {@code dramBytesPerS}, at
 *   {@code dramPjPerBit}. Not overlapped: the H-units wait for the spilled KV they attend over, so the
 *   modeled time is an upper bound (a prefetch under the weight stage could hide part of it).</li>
 *   <li>{@link Overflow#EVICT}: the SRAM keeps the first {@code sinkTokens} tokens (attention sinks)
 *   and the most recent ones, StreamingLLM-style (Xiao et al., ICLR 2024); attention never spans more
 *   than the capacity. What eviction does to output quality is out of scope.</li>
 * </ul>
 *
 * @param overflow      the policy
 * @param dramBytesPerS off-chip DRAM bandwidth, B/s
 * @param dramPjPerBit  off-chip DRAM read energy, pJ per bit, interface included
 * @param sinkTokens    attention-sink tokens kept by {@link Overflow#EVICT}
 */
public record KvPolicy(Overflow overflow, double dramBytesPerS, double dramPjPerBit, int sinkTokens) {

    /** The three policies, in the order of the {@code kv_overflow} knob's values 0, 1, 2. */
    public enum Overflow { REJECT, SPILL, EVICT }

    public KvPolicy {
        if (overflow == null) {
            throw new InvalidParameterException("kv_overflow", "must be reject, spill or evict");
        }
        Knobs.DRAM_MB_PER_S.check(dramBytesPerS / 1e6);
        Knobs.DRAM_PJ_PER_BIT.check(dramPjPerBit);
        Knobs.KV_SINK_TOKENS.check(sinkTokens);
    }

    /** Reject, with LPDDR5X figures of {@link Constants} ready for a switch to spill. */
    public static KvPolicy reject() {
        return new KvPolicy(Overflow.REJECT, Knobs.DRAM_MB_PER_S.value() * 1e6,
                Knobs.DRAM_PJ_PER_BIT.value(), (int) Knobs.KV_SINK_TOKENS.value());
    }

    public KvPolicy withOverflow(Overflow o) { return new KvPolicy(o, dramBytesPerS, dramPjPerBit, sinkTokens); }

    public KvPolicy withDramBytesPerS(double b) { return new KvPolicy(overflow, b, dramPjPerBit, sinkTokens); }

    public KvPolicy withDramPjPerBit(double e) { return new KvPolicy(overflow, dramBytesPerS, e, sinkTokens); }
}
