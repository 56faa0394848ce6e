package org.romaexplorer.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.romaexplorer.model.Models;

/**
 * Exported PDF and SVG reference no font: every string is drawn as outlines, so nothing needs embedding
 * (what {@code pdffonts} would list is empty). A PDF font would show as a {@code /Font} resource or a
 * {@code /BaseFont} name; an SVG font as a {@code <text>} element or a font-family.
 */
class OutlinedTextTest {
    @TempDir Path dir;

    @Test
    void paperPdfsHaveNoFontObject() throws Exception {
        for (PaperFigure f : StyledFigures.all(Models.llama8b(), FigureStyle.PAPER, "caption")) {
            Path pdf = dir.resolve(f.id() + ".pdf");
            StyledFigures.write(f, ChartExport.Format.PDF, pdf, FigureStyle.PAPER, PaperSize.SINGLE, 0, 0);
            String body = Files.readString(pdf, StandardCharsets.ISO_8859_1);
            assertThat(body).as(f.id()).startsWith("%PDF").doesNotContain("/Font").doesNotContain("/BaseFont");
            assertThat(body).as(f.id()).contains("/MediaBox [0.0 0.0 252.0 " + PaperSize.SINGLE.heightPt(f.chart()) + ".0]");
        }
    }

    @Test
    void screenPdfAndSvgHaveNoFontEither() throws Exception {
        PaperFigure f = StyledFigures.one("fig9", Models.llama3b(), FigureStyle.SCREEN, null);
        ChartExport.write(f.chart(), ChartExport.Format.PDF, dir.resolve("s.pdf"), 600, 400);
        ChartExport.write(f.chart(), ChartExport.Format.SVG, dir.resolve("s.svg"), 600, 400);
        assertThat(Files.readString(dir.resolve("s.pdf"), StandardCharsets.ISO_8859_1)).doesNotContain("/Font");
        assertThat(Files.readString(dir.resolve("s.svg"))).contains("<svg").doesNotContain("<text").doesNotContain("font-family");
    }

    @Test
    void paperPngIsThreeHundredDpiAtColumnWidth() throws Exception {
        PaperFigure f = StyledFigures.one("fig2", Models.llama3b(), FigureStyle.PAPER, null);
        Path png = dir.resolve("f.png");
        StyledFigures.write(f, ChartExport.Format.PNG, png, FigureStyle.PAPER, PaperSize.DOUBLE, 0, 0);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo((int) Math.round(516 * 300 / 72.0));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"1.0, 1", "1.234, 1.23", "1.235, 1.24", "-0.004, 0", "252, 252", "12.5, 12.5"})
    void svgCoordinatesKeepHundredths(double v, String text) {
        assertThat(ChartExport.hundredths(v)).isEqualTo(text);
    }
}
