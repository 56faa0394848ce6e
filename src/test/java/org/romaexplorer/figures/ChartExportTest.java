package org.romaexplorer.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.romaexplorer.model.Models;

/** Every figure writes valid files of the asked size without a display. */
class ChartExportTest {
    @TempDir Path dir;

    @Test
    void everyFigureExportsInEveryFormat() throws Exception {
        for (PaperFigure f : Figures.all()) {
            f.update(Models.llama8b());
            for (ChartExport.Format fmt : ChartExport.Format.values()) {
                Path out = dir.resolve(f.id() + "." + fmt.extension());
                ChartExport.write(f.chart(), fmt, out, 640, 400);
                assertThat(Files.size(out)).as(out.toString()).isPositive();
            }
            BufferedImage png = ImageIO.read(dir.resolve(f.id() + ".png").toFile());
            assertThat(png.getWidth()).isEqualTo(640);
            assertThat(png.getHeight()).isEqualTo(400);
            assertThat(Files.readString(dir.resolve(f.id() + ".svg"))).contains("<svg");
            assertThat(Files.readString(dir.resolve(f.id() + ".pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
            assertThat(Files.readAllLines(dir.resolve(f.id() + ".csv")).size()).isGreaterThan(2);
        }
    }
}
