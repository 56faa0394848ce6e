package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.romaexplorer.AppVersion;

class VersionTest {
    /** The project's own version, read from pom.xml the way a person would: the first version after the artifactId. */
    private static String pomVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>roma-dse</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).as("project version in pom.xml").isTrue();
        return m.group(1);
    }

    @Test
    void accessorGivesThePomVersion() throws Exception {
        assertThat(AppVersion.get()).isEqualTo(pomVersion());
        assertThat(AppVersion.full()).isEqualTo("ROMA Explorer " + pomVersion());
    }

    @Test
    void versionOptionPrintsThePomVersionAndTheRuntime() throws Exception {
        CliTest.Run r = CliTest.run("--version");
        assertThat(r.code()).isZero();
        String[] lines = r.out().split("\\R");
        assertThat(lines[0]).isEqualTo("ROMA Explorer " + pomVersion());
        assertThat(lines[1]).startsWith("Java " + System.getProperty("java.version"));
    }
}
