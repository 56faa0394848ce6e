package org.romaexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.romaexplorer.figures.ChartExport;
import org.romaexplorer.figures.ChartExport.Format;
import org.romaexplorer.figures.Figures;
import org.romaexplorer.figures.PaperFigure;
import org.romaexplorer.figures.PublishedPoint;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.Check;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.report.PaperReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code figures}: every figure of the GUI, written headless, one file per figure and format. */
@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "Write every figure (overview, Figs. 2, 6-12) as PNG, SVG, PDF and/or CSV.")
public final class FiguresCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--preset", required = true, paramLabel = "NAME|FILE", description = "Bundled preset or a preset file.")
    String preset;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Change a parameter (as in eval).")
    List<String> settings = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created if missing).")
    Path out;

    @Option(names = "--format", defaultValue = "png,svg,pdf,csv", paramLabel = "LIST",
            description = "Comma-separated: png, svg, pdf, csv (default ${DEFAULT-VALUE}).")
    String formats;

    @Option(names = "--width", defaultValue = "1200", description = "Width in pixels (points for PDF), default ${DEFAULT-VALUE}.")
    int width;

    @Option(names = "--height", defaultValue = "800", description = "Height in pixels (points for PDF), default ${DEFAULT-VALUE}.")
    int height;

    @Override
    public Integer call() throws Exception {
        Check.range("--width", width, 16, 20_000);
        Check.range("--height", height, 16, 20_000);
        Set<Format> chosen = parse(formats);
        DesignPoint p = EvalCommand.apply(PresetIo.load(preset), settings);
        Files.createDirectories(out);
        List<PublishedPoint> published = PublishedPoint.of(PaperReport.rows());
        PrintWriter w = spec.commandLine().getOut();
        int files = 0;
        for (PaperFigure f : Figures.all()) {
            f.setPublished(published);
            f.update(p);
            for (Format fmt : chosen) {
                Path file = out.resolve(f.id() + "." + fmt.extension());
                ChartExport.write(f.chart(), fmt, file, width, height);
                files++;
            }
        }
        w.println("wrote " + files + " files to " + out);
        return 0;
    }

    static Set<Format> parse(String list) {
        Set<Format> set = EnumSet.noneOf(Format.class);
        for (String s : list.split(",")) {
            try {
                set.add(Format.valueOf(s.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("--format", "unknown format '" + s.trim() + "'; allowed: png, svg, pdf, csv");
            }
        }
        return set;
    }
}
