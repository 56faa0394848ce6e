package org.romaexplorer.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's version: the jar manifest's Implementation-Version, else Maven's pom.properties, else "dev". */
public final class AppInfo {
    public static final String LICENCE = "MIT License";
    public static final String MODEL_PAGE = "docs/model.md";
    public static final String DOCS = "README.md and docs/ (gui.md, model.md, paper-fit.md, presets.md, sweep.md)";

    private AppInfo() {}

    public static String version() {
        String v = AppInfo.class.getPackage().getImplementationVersion();
        return v != null ? v : pomVersion();
    }

    private static String pomVersion() {
        try (InputStream in = AppInfo.class.getResourceAsStream("/META-INF/maven/org.romaexplorer/roma-dse/pom.properties")) {
            if (in == null) {
                return "development build";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "development build");
        } catch (IOException e) {
            return "development build";
        }
    }
}
