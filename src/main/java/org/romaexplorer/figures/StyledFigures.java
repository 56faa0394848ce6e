package org.romaexplorer.figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.romaexplorer.compare.Pin;
import org.romaexplorer.model.DesignPoint;

/**
 * Fresh figures for export, filled for one design with the paper's published points, then styled:
 * the window's own charts are never restyled. Sizes follow the style: pixels for SCREEN, points from a
 * {@link PaperSize} for PAPER (PNG then at {@link FigureStyle#PAPER_DPI}).
 */
public final class StyledFigures {
    private StyledFigures() {}

    /** Every figure (overview first, as {@link Figures#all}), filled for {@code p}, styled, captioned. */
    public static List<PaperFigure> all(DesignPoint p, FigureStyle style, String caption) {
        return all(p, style, caption, List.of());
    }

    /** As {@link #all(DesignPoint, FigureStyle, String)}, with {@code pins} drawn over every figure as the window does. */
    public static List<PaperFigure> all(DesignPoint p, FigureStyle style, String caption, List<Pin> pins) {
        List<PublishedPoint> published = PublishedPoint.onPaper();
        List<PaperFigure> all = Figures.all();
        all.forEach(f -> fill(f, published, p, style, caption, pins));
        return all;
    }

    /**
     * What {@code figures} and File › Export all figures write: {@link #all} and then the Compare-accelerators figures
     * ({@link AcceleratorFigures}), normalized to {@code p}'s model, format, node and workload.
     */
    public static List<PaperFigure> exported(DesignPoint p, FigureStyle style, String caption) {
        return exported(p, style, caption, List.of());
    }

    /** As {@link #exported(DesignPoint, FigureStyle, String)}, with {@code pins} drawn over the paper's figures. */
    public static List<PaperFigure> exported(DesignPoint p, FigureStyle style, String caption, List<Pin> pins) {
        List<PaperFigure> out = new java.util.ArrayList<>(all(p, style, caption, pins));
        for (PaperFigure f : AcceleratorFigures.all()) {
            f.update(p);
            style.apply(f.chart(), caption);
            out.add(f);
        }
        return out;
    }

    /** The figure with {@code id}, as {@link #all} makes it (only that one is filled). */
    public static PaperFigure one(String id, DesignPoint p, FigureStyle style, String caption) {
        return one(id, p, style, caption, List.of());
    }

    /** The figure with {@code id} and {@code pins}, as {@link #all} makes it (only that one is filled). */
    public static PaperFigure one(String id, DesignPoint p, FigureStyle style, String caption, List<Pin> pins) {
        PaperFigure f = Figures.all().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure " + id));
        fill(f, PublishedPoint.onPaper(), p, style, caption, pins);
        return f;
    }

    private static void fill(PaperFigure f, List<PublishedPoint> published, DesignPoint p, FigureStyle style,
                             String caption, List<Pin> pins) {
        f.setPublished(published);
        f.setPins(pins);
        f.update(p);
        style.apply(f.chart(), caption);
    }

    /**
     * Writes {@code f} as {@code file} in {@code format}. PAPER: sizes in points, by default {@code size}'s
     * column width and height, PNG at {@link FigureStyle#PAPER_DPI}; SCREEN: pixels, by default 1200 × 800.
     * A {@code width} or {@code height} of 0 means the default.
     */
    public static void write(PaperFigure f, ChartExport.Format format, Path file, FigureStyle style, PaperSize size,
                             int width, int height) throws IOException {
        if (style == FigureStyle.PAPER) {
            ChartExport.write(f.chart(), format, file, width > 0 ? width : size.widthPt(),
                    height > 0 ? height : size.heightPt(f.chart()), FigureStyle.PAPER_DPI / 72.0);
        } else {
            ChartExport.write(f.chart(), format, file, width > 0 ? width : 1200, height > 0 ? height : 800);
        }
    }
}
