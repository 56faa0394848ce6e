package org.romaexplorer.model;

/** Energy of off-chip DRAM traffic (spilled KV reads, {@link KvPolicy}). */
final class OffChip {
    private OffChip() {}

    /** Joules to read {@code bytes} at the policy's pJ per bit: E = 8 · bytes · e_bit. */
    static double dramJoules(DesignPoint p, double bytes) {
        return 8 * bytes * p.kvPolicy().dramPjPerBit() * 1e-12;
    }
}
