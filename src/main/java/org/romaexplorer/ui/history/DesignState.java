package org.romaexplorer.ui.history;

import java.nio.file.Path;
import org.romaexplorer.model.DesignPoint;

/**
 * What one undo step restores: the design, the preset it resets to, that preset's name and file.
 *
 * @param design the applied design point
 * @param preset the design "Reset to preset" goes back to
 * @param name   the preset's display name
 * @param file   the preset's file, or null for a bundled preset
 */
public record DesignState(DesignPoint design, DesignPoint preset, String name, Path file) {}
