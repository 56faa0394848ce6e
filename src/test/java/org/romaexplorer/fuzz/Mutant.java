package org.romaexplorer.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * One generated input and how it was made.
 *
 * @param kind    what the bytes are meant to be
 * @param recipe  the mutations applied, for the failure message
 * @param bytes   the document
 * @param viaFile whether to read it from a file (always, when the bytes may not be UTF-8) or parse the text
 * @param linked  a config.json to write as {@code linked.json} beside the preset first, or null
 */
public record Mutant(Kind kind, String recipe, byte[] bytes, boolean viaFile, byte[] linked) {
    public enum Kind { PRESET, HF_CONFIG, BASELINE }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return kind + " [" + recipe + "]";
    }
}
