package org.romaexplorer.ui.help;

import org.romaexplorer.AppVersion;

/** What Help › About shows: the app's version (the Maven version, {@link AppVersion}), licence and pages. */
public final class AppInfo {
    public static final String LICENCE = "MIT License";
    public static final String MODEL_PAGE = "docs/model.md";
    public static final String DOCS = "README.md and docs/ (gui.md, model.md, paper-fit.md, presets.md, sweep.md)";

    private AppInfo() {}

    /** The Maven version, the same as {@code roma-dse --version}, in a jar and in a class-path run alike. */
    public static String version() {
        return AppVersion.get();
    }
}
