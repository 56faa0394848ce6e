package org.romaexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.romaexplorer.figures.FigureStyle;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.publish.DesignReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code design-report}: one design as one self-contained HTML file. */
@Command(name = "design-report", mixinStandardHelpOptions = true,
        description = "Write one offline HTML file: parameters, metrics and warnings, every figure (inline SVG), "
                + "the published-number report, every constant, the model's assumptions and contradictions.")
public final class DesignReportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--preset", required = true, paramLabel = "NAME|FILE", description = "Bundled preset or a preset file.")
    String preset;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Change a parameter (as in eval).")
    List<String> settings = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "The HTML file (replaced whole).")
    Path out;

    @Option(names = "--style", defaultValue = "screen", paramLabel = "screen|paper", description = "Figure style (default screen).")
    String style;

    @Override
    public Integer call() throws Exception {
        FigureStyle look = FigureStyle.parse("--style", style);
        DesignPoint p = EvalCommand.apply(PresetIo.load(preset), settings);
        String html = DesignReport.html(Path.of(preset).getFileName().toString(), p, look);
        AtomicFile.write("--out", out, w -> w.write(html));
        spec.commandLine().getOut().println("wrote " + out);
        return 0;
    }
}
