package org.romaexplorer.sweep;

import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.model.Metrics;

/**
 * The named outputs of {@link Metrics#asMap()} as numbers, read straight from the record (no map per
 * point) in the same units as {@code asMap}: ms for TTFT, booleans as 1 or 0. A test keeps the two in
 * step.
 */
public enum Metric {
    PARAMS_TOTAL("params_total"),
    PARAMS_ACTIVE("params_active"),
    ROM_BYTES_REQUIRED("rom_bytes_required"),
    FITS_IN_ROM("fits_in_rom"),
    LORA_BYTES("lora_bytes"),
    KV_BYTES_PER_TOKEN("kv_bytes_per_token"),
    MAX_TOKENS("max_tokens"),
    CONTEXT_FITS("context_fits"),
    TTFT_MS("ttft_ms"),
    DECODE_TOKENS_PER_S("decode_tokens_per_s"),
    GENERATION_TOKENS_PER_S("generation_tokens_per_s"),
    AREA_MM2("area_mm2"),
    POWER_W("power_w"),
    TOKENS_PER_JOULE("tokens_per_joule"),
    KV_SPILLED_TOKENS("kv_spilled_tokens");

    private final String key;

    Metric(String key) { this.key = key; }

    public String key() { return key; }

    public double of(Metrics m) {
        return switch (this) {
            case PARAMS_TOTAL -> m.paramsTotal();
            case PARAMS_ACTIVE -> m.paramsActive();
            case ROM_BYTES_REQUIRED -> m.romBytesRequired();
            case FITS_IN_ROM -> m.fitsInRom() ? 1 : 0;
            case LORA_BYTES -> m.loraBytes();
            case KV_BYTES_PER_TOKEN -> m.kvBytesPerToken();
            case MAX_TOKENS -> m.maxTokens();
            case CONTEXT_FITS -> m.contextFits() ? 1 : 0;
            case TTFT_MS -> m.ttftSeconds() * 1e3;
            case DECODE_TOKENS_PER_S -> m.decodeTokensPerS();
            case GENERATION_TOKENS_PER_S -> m.generationTokensPerS();
            case AREA_MM2 -> m.areaMm2();
            case POWER_W -> m.powerW();
            case TOKENS_PER_JOULE -> m.tokensPerJoule();
            case KV_SPILLED_TOKENS -> m.kvSpilledTokens();
        };
    }

    /** The metric with this key; the error lists the known keys. */
    public static Metric of(String key) {
        for (Metric m : values()) {
            if (m.key.equals(key.trim())) {
                return m;
            }
        }
        throw new InvalidParameterException("--objectives", "unknown metric '" + key.trim() + "'; known: " + keys());
    }

    public static String keys() {
        StringBuilder sb = new StringBuilder();
        for (Metric m : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(m.key);
        }
        return sb.toString();
    }
}
