package org.romaexplorer.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.romaexplorer.cli.ReportCommand;

/**
 * The golden report file: a header saying how it is made, then the report's text table. {@link ReportGoldenTest}
 * checks the file; this class's {@code main}, a separate command, rewrites it:
 * {@code mvn -q test-compile exec:exec -Dexec.args="-cp %classpath org.romaexplorer.report.ReportGolden"}.
 */
public final class ReportGolden {
    static final Path FILE = Path.of("src/test/resources/golden/report.txt");

    static final String HEADER = """
            # Golden copy of the published-number report: what `java -jar target/roma-dse.jar report` prints
            # (the text table of every PaperReport row), below this header.
            # Checked by ReportGoldenTest in `mvn test`; the rows were checked by hand against the paper (numbers
            # against its tables and text, claim- rows against the sentence each quotes; docs/paper-fit.md).
            # Rewritten only on purpose, after a deliberate model change, by
            #   mvn -q test-compile exec:exec -Dexec.args="-cp %classpath org.romaexplorer.report.ReportGolden"
            # and then reviewed with `git diff` before it is committed.
            """;

    private ReportGolden() {}

    /** What the file must hold: the header, then the report. */
    static String expected() {
        return HEADER + ReportCommand.text(PaperReport.rows()) + "\n";
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, expected(), StandardCharsets.UTF_8);
        System.out.println("wrote " + FILE + "; review it with git diff");
    }
}
