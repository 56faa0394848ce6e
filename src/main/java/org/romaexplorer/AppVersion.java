package org.romaexplorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The application's version, from the Maven project version ({@code version.properties}, filled in by resource
 * filtering at build time). Shared by the CLI's {@code --version} and the window's Help › About.
 */
public final class AppVersion {
    /** Shown by the CLI and the About dialog. */
    public static final String NAME = "ROMA Explorer";
    private static final String VERSION = load();

    private AppVersion() {}

    /** The Maven version, e.g. {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}. */
    public static String get() {
        return VERSION;
    }

    /** "ROMA Explorer 0.1.0". */
    public static String full() {
        return NAME + " " + VERSION;
    }

    private static String load() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
