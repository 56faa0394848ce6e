package org.romaexplorer.cli;

import org.romaexplorer.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code roma-dse --version}: the Maven version, the Java runtime it runs on, and the OS. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            AppVersion.full(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        };
    }
}
