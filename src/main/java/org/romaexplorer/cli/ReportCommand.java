package org.romaexplorer.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.romaexplorer.io.AtomicFile;
import org.romaexplorer.publish.ReportFormat;
import org.romaexplorer.report.PaperReport;
import org.romaexplorer.report.ReportRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: every published number against the model, in any of {@link ReportFormat}'s formats. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Hold the model against every number the paper publishes.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (default), json, csv, md, html or tex.")
    String format;

    @Option(names = "--json", description = "Same as --format json.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (replaced whole) instead of stdout.")
    Path out;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "The design whose public numbers to report: a bundled preset. ROMA's presets (the default) "
                    + "give the paper's report; tom-bitnet2b, bitrom-falcon3-7b and taalas-hc1 their own designs'.")
    String preset;

    @Option(names = "--loo", description = "Leave-one-out over the calibration rows, as a Markdown table.")
    boolean loo;

    @Option(names = "--update-doc", paramLabel = "FILE",
            description = "With --loo: replace the table between the loo markers of FILE (docs/paper-fit.md).")
    Path doc;

    @Override
    public Integer call() throws Exception {
        if (loo) {
            return LooTable.print(spec.commandLine().getOut(), doc);
        }
        ReportFormat f = json ? ReportFormat.JSON : ReportFormat.parse("--format", format);
        String text = preset == null ? f.render(PaperReport.rows()) : render(f, preset);
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFile.write("--out", out, w -> w.write(text));
            spec.commandLine().getOut().println("wrote " + out);
        }
        return 0;
    }

    /** The report of a bundled preset: its design's, or the paper's for ROMA's own presets. */
    static String render(ReportFormat f, String preset) {
        java.util.Optional<org.romaexplorer.peers.PeerDesign> peer = org.romaexplorer.peers.Peers.of(preset);
        if (peer.isPresent()) {
            return f.render(peer.get().report());
        }
        if (!org.romaexplorer.io.PresetIo.BUNDLED.contains(preset)) {
            throw new org.romaexplorer.model.InvalidParameterException("--preset", "no report for '" + preset
                    + "'; reports exist for the bundled presets: " + String.join(", ", org.romaexplorer.io.PresetIo.BUNDLED));
        }
        return f.render(PaperReport.rows());
    }

    /** A fixed-width table, one row per line; also the golden file's format. */
    public static String text(List<ReportRow> rows) {
        return ReportFormat.text(rows);
    }
}
