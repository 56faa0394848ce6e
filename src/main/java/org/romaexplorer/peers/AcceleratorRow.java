package org.romaexplorer.peers;

/**
 * One design or baseline of the Compare-accelerators view, on one model, node and workload. A baseline (a GPU,
 * CPU or SoC roofline) has no die area or weight density of its own: those are NaN.
 *
 * @param name             "ROMA", "TOM", "RTX 4090", …
 * @param preset           its bundled preset (a baseline's under {@code presets/baselines/})
 * @param baseline         whether it is a bought platform's roofline rather than a ROM design
 * @param model            the model it runs
 * @param nodeNm           its process node, nm (0 for a baseline)
 * @param areaMm2          die area, mm² (NaN for a baseline)
 * @param weightDensity    weights per mm² of the weight cell's macro, MiB/mm² (NaN for a baseline)
 * @param prefillTokensPerS prompt tokens per second of the workload's prefill
 * @param decodeTokensPerS mean decode speed over the workload's output after the prompt, tokens/s (batch 1)
 * @param tokensPerJoule   output tokens per joule of the whole generation (a ROM design: chip peak power; a baseline:
 *                         board power)
 * @param powerW           that power, W
 * @param maxContext       tokens of KV cache on chip (a baseline: in its memory, FP16)
 * @param fits             "yes", or "no: " and why (the model, the context, one reticle)
 */
public record AcceleratorRow(String name, String preset, boolean baseline, String model, int nodeNm, double areaMm2,
                             double weightDensity, double prefillTokensPerS, double decodeTokensPerS,
                             double tokensPerJoule, double powerW, long maxContext, String fits) {

    /** Whether it fits: the model, the workload's context and (a ROM design) one reticle. */
    public boolean fitsAll() {
        return fits.equals("yes");
    }
}
