package org.romaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The window's icon (ExplorerApp) is in the jar and is the desktop entry's: assets/roma-dse.png, 256×256. */
class AppIconTest {
    @Test
    void theIconIsInTheJar() throws Exception {
        try (var in = ExplorerApp.class.getResourceAsStream("/icons/roma-dse.png")) {
            assertThat(in).isNotNull();
            BufferedImage icon = ImageIO.read(in);
            assertThat(icon.getWidth()).isEqualTo(256);
            assertThat(icon.getHeight()).isEqualTo(256);
        }
    }
}
