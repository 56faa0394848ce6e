package org.romaexplorer.model;

/**
 * What the chip is asked to do.
 *
 * @param inputLen       prompt tokens prefilled (Fig. 6, 8, 9), 1 to 1,048,576
 * @param kvLen          tokens already in the KV cache for one decode step (Fig. 7), 0 to 1,048,576
 * @param outputLen      tokens generated after the prompt (Fig. 9), 1 to 1,048,576
 * @param users          B, sequences decoding together, each with its own KV cache and adapter (1: the paper's
 *                       single-batch generation), 1 to 1,024 ({@link Serving})
 * @param adapterHitRate share of requests whose adapter is resident in the SRAM, [0, 1]; a miss loads the
 *                       adapter from off-chip DRAM first
 */
public record Workload(int inputLen, int kvLen, int outputLen, int users, double adapterHitRate) {
    public Workload {
        Knobs.INPUT_LEN.check(inputLen);
        Knobs.KV_LEN.check(kvLen);
        Knobs.OUTPUT_LEN.check(outputLen);
        Knobs.USERS.check(users);
        Knobs.ADAPTER_HIT_RATE.check(adapterHitRate);
    }

    /** One user, every adapter resident: the paper's workload. */
    public Workload(int inputLen, int kvLen, int outputLen) {
        this(inputLen, kvLen, outputLen, 1, 1.0);
    }

    public Workload withInputLen(int n) { return new Workload(n, kvLen, outputLen, users, adapterHitRate); }

    public Workload withKvLen(int n) { return new Workload(inputLen, n, outputLen, users, adapterHitRate); }

    public Workload withOutputLen(int n) { return new Workload(inputLen, kvLen, n, users, adapterHitRate); }

    public Workload withUsers(int b) { return new Workload(inputLen, kvLen, outputLen, b, adapterHitRate); }

    public Workload withAdapterHitRate(double h) { return new Workload(inputLen, kvLen, outputLen, users, h); }
}
