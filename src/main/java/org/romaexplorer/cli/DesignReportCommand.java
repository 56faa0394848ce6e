package org.romaexplorer.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.romaexplorer.figures.FigureStyle;
import org.romaexplorer.io.AtomicFile;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.publish.DesignReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code design-report}: one design as one self-contained HTML file. */
@Command(name = "design-report", mixinStandardHelpOptions = true,
        description = "Write one offline HTML file: parameters, metrics and warnings, every figure (inline SVG), "
                + "the published-number report, every constant, the model's assumptions and contradictions; "
                + "with --pin, a comparison of the pinned designs.")
public final class DesignReportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DesignOptions design;

    @Mixin
    PinOptions pins;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "The HTML file (replaced whole).")
    Path out;

    @Option(names = "--style", defaultValue = "screen", paramLabel = "screen|paper", description = "Figure style (default screen).")
    String style;

    @Override
    public Integer call() throws Exception {
        FigureStyle look = FigureStyle.parse("--style", style);
        DesignPoint p = design.design();
        String html = DesignReport.html(design.name(), p, look, pins.pins(p));
        AtomicFile.write("--out", out, w -> w.write(html));
        spec.commandLine().getOut().println("wrote " + out);
        return 0;
    }
}
