package org.romaexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.romaexplorer.figures.Caption;
import org.romaexplorer.figures.ChartExport.Format;
import org.romaexplorer.figures.FigureStyle;
import org.romaexplorer.figures.PaperFigure;
import org.romaexplorer.figures.PaperSize;
import org.romaexplorer.figures.StyledFigures;
import org.romaexplorer.model.Check;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.InvalidParameterException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code figures}: every figure of the GUI, written headless, one file per figure and format. */
@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "Write every figure (overview, Figs. 2, 6-12, the accelerator comparison) as PNG, SVG, PDF and/or CSV.")
public final class FiguresCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DesignOptions design;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created if missing).")
    Path out;

    @Option(names = "--format", defaultValue = "png,svg,pdf,csv", paramLabel = "LIST",
            description = "Comma-separated: png, svg, pdf, csv (default ${DEFAULT-VALUE}).")
    String formats;

    @Option(names = "--width", description = "Width: pixels (points for PDF) in screen style, default 1200; "
            + "points in paper style, default the column width.")
    Integer width;

    @Option(names = "--height", description = "Height, as --width; default 800 px in screen style.")
    Integer height;

    @Option(names = "--style", defaultValue = "screen", paramLabel = "screen|paper",
            description = "screen (default, the window's look) or paper (8-9 pt text, colour-blind-safe "
                    + "palette with dashes and markers, text as outlines, PNG at 300 dpi).")
    String style;

    @Option(names = "--column", defaultValue = "single", paramLabel = "single|double",
            description = "Paper style width: single column 3.5 in (default) or double column 7.16 in.")
    String column;

    @Option(names = "--caption", description = "Add a caption naming the model, preset and key settings.")
    boolean caption;

    @Override
    public Integer call() throws Exception {
        FigureStyle look = FigureStyle.parse("--style", style);
        PaperSize size = PaperSize.parse("--column", column);
        if (width != null) {
            Check.range("--width", width, 16, 20_000);
        }
        if (height != null) {
            Check.range("--height", height, 16, 20_000);
        }
        Set<Format> chosen = parse(formats);
        DesignPoint p = design.design();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new org.romaexplorer.model.InvalidParameterException("--out", "is a file, not a folder: " + out);
        }
        Files.createDirectories(out);
        PrintWriter w = spec.commandLine().getOut();
        int files = 0;
        for (PaperFigure f : StyledFigures.exported(p, look, caption ? Caption.of(design.name(), p) : null)) {
            for (Format fmt : chosen) {
                StyledFigures.write(f, fmt, out.resolve(f.id() + "." + fmt.extension()), look, size,
                        width == null ? 0 : width, height == null ? 0 : height);
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
