package org.romaexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiguresCommandTest {

    @Test
    void writesEveryFigureInEveryFormatAtTheRequestedSize(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("figures", "--preset", "llama3-8b-int2", "--out", dir.toString(),
                "--width", "640", "--height", "400");
        assertThat(r.code()).as(r.err()).isZero();
        for (String id : new String[] {"overview", "fig2", "fig6", "fig7", "fig8", "fig9", "fig10", "fig11", "fig12", "serving",
            "adapters", "accelerators", "accelerators-profile", "cost"}) {
            BufferedImage png = ImageIO.read(dir.resolve(id + ".png").toFile());
            assertThat(png.getWidth()).as(id).isEqualTo(640);
            assertThat(png.getHeight()).as(id).isEqualTo(400);
            assertThat(Files.readString(dir.resolve(id + ".svg"))).as(id).contains("<svg");
            assertThat(Files.readAllBytes(dir.resolve(id + ".pdf"))).as(id).startsWith("%PDF".getBytes());
            assertThat(Files.readAllLines(dir.resolve(id + ".csv")).size()).as(id).isGreaterThan(1);
        }
    }

    @Test
    void fig10CsvCarriesThePapersPoint(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("figures", "--preset", "llama3.2-3b-int4", "--out", dir.toString(), "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("fig10.csv"))).contains("736");
        try (var files = Files.list(dir)) {
            assertThat(files).allMatch(f -> f.toString().endsWith(".csv"));
        }
    }

    @Test
    void unknownFormatIsNamed(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("figures", "--preset", "llama3-8b-int2", "--out", dir.toString(), "--format", "png,gif");
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("error: --format: unknown format 'gif'; allowed: png, svg, pdf, csv");
    }

    @Test
    void paperStyleWritesOnePdfPerFigureWithNoFont(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("figures", "--preset", "llama3.2-3b-int4", "--out", dir.toString(), "--style", "paper",
                "--format", "pdf", "--caption");
        assertThat(r.code()).as(r.err()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".pdf"))).hasSize(14);
        }
        for (String id : new String[] {"overview", "fig2", "fig6", "fig7", "fig8", "fig9", "fig10", "fig11", "fig12", "serving",
            "adapters", "accelerators", "accelerators-profile", "cost"}) {
            String pdf = Files.readString(dir.resolve(id + ".pdf"), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(pdf).as(id).doesNotContain("/Font").contains("/MediaBox [0.0 0.0 252.0 ");
        }
    }

    @Test
    void doubleColumnPngIsSevenPointOneSixInchesAtThreeHundredDpi(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("figures", "--preset", "llama3.2-3b-int4", "--out", dir.toString(), "--style", "paper",
                "--column", "double", "--format", "png");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(ImageIO.read(dir.resolve("fig7.png").toFile()).getWidth()).isEqualTo(2150);
    }

    @Test
    void unknownStyleAndColumnAreNamed(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("figures", "--preset", "llama3-8b-int2", "--out", dir.toString(), "--style", "poster");
        assertThat(r.code()).isEqualTo(RomaCli.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("error: --style: unknown style 'poster'; allowed: screen, paper");
        r = CliTest.run("figures", "--preset", "llama3-8b-int2", "--out", dir.toString(), "--column", "triple");
        assertThat(r.err().strip()).isEqualTo("error: --column: unknown column size 'triple'; allowed: single, double");
    }
}
