package org.romaexplorer.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.romaexplorer.io.PresetIo;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.ProcessNode;
import org.romaexplorer.peers.AcceleratorRow;
import org.romaexplorer.peers.Accelerators;

/** The Compare-accelerators figures hold the comparison's numbers and export in both styles like every figure. */
class AcceleratorFiguresTest {
    private static final DesignPoint REF = Accelerators.reference(PresetIo.bundled("taalas-hc1"), ProcessNode.N6, 1024, 1024);

    @Test
    void theBarsAreTheTableAsPublishedAndNormalized() {
        AcceleratorBars f = new AcceleratorBars();
        f.update(REF);
        List<AcceleratorRow> normalized = Accelerators.normalized(REF);
        List<AcceleratorRow> published = Accelerators.published();
        DefaultCategoryDataset decode = f.panel(3);
        for (AcceleratorRow r : normalized) {
            assertThat(decode.getValue(AcceleratorBars.NORMALIZED, r.name()).doubleValue()).isEqualTo(r.decodeTokensPerS());
        }
        assertThat(decode.getValue(AcceleratorBars.PUBLISHED, "Taalas HC1").doubleValue())
                .isEqualTo(published.get(3).decodeTokensPerS());
        assertThat(decode.getValue(AcceleratorBars.PUBLISHED, "RTX 4090")).as("a baseline has no published bar").isNull();
        assertThat(f.panel(0).getValue(AcceleratorBars.NORMALIZED, "H100 SXM")).as("nor an area").isNull();
    }

    /** Each line is over the best of all: 1 for the best on every axis, nothing above 1 or below the floor. */
    @Test
    void theProfileIsEachValueOverTheBest() {
        AcceleratorProfile f = new AcceleratorProfile();
        f.update(REF);
        assertThat(f.lines().getSeriesCount()).isEqualTo(8);
        for (int axis = 0; axis < 6; axis++) {
            double best = 0;
            for (int s = 0; s < f.lines().getSeriesCount(); s++) {
                XYSeries line = f.lines().getSeries(s);
                for (int i = 0; i < line.getItemCount(); i++) {
                    if (line.getX(i).intValue() == axis) {
                        double y = line.getY(i).doubleValue();
                        assertThat(y).isBetween(AcceleratorProfile.FLOOR, 1.0);
                        best = Math.max(best, y);
                    }
                }
            }
            assertThat(best).as("axis %d", axis).isEqualTo(1.0);
        }
        assertThat(f.lines().getSeries(4).getX(0).intValue()).as("a baseline starts at prefill").isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(FigureStyle.class)
    void bothExportInEveryFormatAndStyle(FigureStyle style, @TempDir Path dir) throws Exception {
        for (PaperFigure f : AcceleratorFigures.styled(REF, style)) {
            for (ChartExport.Format fmt : ChartExport.Format.values()) {
                Path out = dir.resolve(f.id() + "." + fmt.extension());
                StyledFigures.write(f, fmt, out, style, PaperSize.DOUBLE, 0, 0);
                assertThat(Files.size(out)).as(out.toString()).isPositive();
            }
            BufferedImage png = javax.imageio.ImageIO.read(dir.resolve(f.id() + ".png").toFile());
            assertThat(png.getWidth()).isGreaterThan(500);
            assertThat(Files.readString(dir.resolve(f.id() + ".pdf"), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .startsWith("%PDF").doesNotContain("/Font");
            StringWriter csv = new StringWriter();
            ChartCsv.write(f.chart(), csv);
            assertThat(csv.toString()).contains("Taalas HC1", "RTX 4090", "M4 Max");
        }
    }

    @Test
    void exportedFiguresAreEveryFigureAndThenBoth() {
        List<PaperFigure> all = StyledFigures.exported(REF, FigureStyle.SCREEN, null);
        assertThat(all).extracting(PaperFigure::id).endsWith("accelerators", "accelerators-profile")
                .hasSize(Figures.all().size() + 2);
    }
}
