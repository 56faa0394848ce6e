package org.romaexplorer.model;

/**
 * What the chip is asked to do.
 *
 * @param inputLen  prompt tokens prefilled (Fig. 6, 8, 9), 1 to 1,048,576
 * @param kvLen     tokens already in the KV cache for one decode step (Fig. 7), 0 to 1,048,576
 * @param outputLen tokens generated after the prompt (Fig. 9), 1 to 1,048,576
 */
public record Workload(int inputLen, int kvLen, int outputLen) {
    public Workload {
        Knobs.INPUT_LEN.check(inputLen);
        Knobs.KV_LEN.check(kvLen);
        Knobs.OUTPUT_LEN.check(outputLen);
    }

    public Workload withInputLen(int n) { return new Workload(n, kvLen, outputLen); }

    public Workload withKvLen(int n) { return new Workload(inputLen, n, outputLen); }

    public Workload withOutputLen(int n) { return new Workload(inputLen, kvLen, n); }
}
