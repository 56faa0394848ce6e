package org.romaexplorer.model;

/**
 * A named model constant with its unit and where its value comes from.
 *
 * @param key        stable identifier, as used in presets and {@code --set}
 * @param value      value in {@code unit}
 * @param unit       unit of {@code value}
 * @param source     paper section, figure or table, or a public reference
 * @param calibrated whether the value was fitted to the report's calibration rows
 */
public record Constant(String key, double value, String unit, String source, boolean calibrated) {
    public Constant {
        Check.notBlank("key", key);
        Check.notBlank("source", source);
    }
}
