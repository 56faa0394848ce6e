package org.romaexplorer.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.romaexplorer.compare.Pins;
import org.romaexplorer.figures.ChartExport;
import org.romaexplorer.figures.ChartExport.Format;
import org.romaexplorer.figures.FigureStyle;
import org.romaexplorer.figures.PaperSize;
import org.romaexplorer.model.Models;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Export all figures, the design report and a single paper-style export, as the window runs them. */
@ExtendWith(ApplicationExtension.class)
class ExportJobsTest {
    @TempDir Path dir;
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        // A window with a scene, as the export's owner always is (a shown stage with none never paints).
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void exportAllWritesEveryFigureInEachFormatAndCountsProgress() throws Exception {
        StyleChoice.Look paper = new StyleChoice.Look(FigureStyle.PAPER, PaperSize.DOUBLE, true);
        ExportAllJob job = new ExportAllJob(Models.llama8b(), "llama3-8b-int2", dir, EnumSet.of(Format.PDF, Format.CSV), paper,
                java.util.List.of());
        job.run();
        assertThat(job.get()).isEqualTo(28); // 14 figures (12 of the window's tabs, 2 of the accelerator comparison) × 2 formats
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(job::getProgress).get(5, TimeUnit.SECONDS)).isEqualTo(1.0);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(28).contains("fig9.pdf", "fig9.csv", "overview.pdf", "serving.pdf",
                    "adapters.csv", "accelerators.pdf", "cost.pdf", "cost.csv");
        }
        String pdf = Files.readString(dir.resolve("fig9.pdf"), StandardCharsets.ISO_8859_1);
        assertThat(pdf).doesNotContain("/Font").contains("/MediaBox [0.0 0.0 516.0 ");
    }

    @Test
    void backgroundExportRunsOffTheFxThreadAndReportsItsMessage() throws Exception {
        AtomicReference<Boolean> onFx = new AtomicReference<>();
        AtomicReference<String> done = new AtomicReference<>();
        Task<Integer> task = new Task<>() {
            @Override protected Integer call() {
                onFx.set(Platform.isFxApplicationThread());
                updateMessage("all done");
                return 1;
            }
        };
        AtomicReference<Stage> progress = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> progress.set(BackgroundExport.start(owner, "test", task, done::set)))
                .get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> done.get() != null);
        assertThat(onFx.get()).isFalse();
        assertThat(done.get()).isEqualTo("all done");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(progress.get().isShowing()).isFalse();
    }

    @Test
    void designReportJobWritesOneHtmlFile() throws Exception {
        Path html = dir.resolve("d.html");
        DesignReportJob job = new DesignReportJob(Models.llama3b(), "", Pins.NONE.with(Models.llama3b()), html);
        job.run();
        assertThat(job.get()).isEqualTo(html);
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("ROMA design report: (unsaved)")
                .contains("<h2>Pinned designs</h2>");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(html);
        }
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x"); // what the umask gives a new file
        assertThat(Files.getPosixFilePermissions(html)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void singleExportInPaperLookLeavesTheWindowsChartAlone(FxRobot robot) throws Exception {
        ExportDialog.Size size = new ExportDialog.Size(1000, 600, 1,
                new StyleChoice.Look(FigureStyle.PAPER, PaperSize.SINGLE, false));
        Path pdf = dir.resolve("fig6.pdf");
        FigureExports.write("fig6", Models.llama3b(), "llama3.2-3b-int4", ChartExport.Format.PDF, pdf, size,
                java.util.List.of());
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).contains("/MediaBox [0.0 0.0 252.0 ");
        ExportDialog.Size screen = new ExportDialog.Size(640, 400, 1,
                new StyleChoice.Look(FigureStyle.SCREEN, PaperSize.SINGLE, true));
        Path png = dir.resolve("fig6.png");
        FigureExports.write("fig6", Models.llama3b(), "x", ChartExport.Format.PNG, png, screen, java.util.List.of());
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(640);
    }
}
