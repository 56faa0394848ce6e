package org.romaexplorer.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Window bounds, derived by hand. Screens: A = primary 1280×720 with a 27-px top panel (visual 0,27,1280,693);
 * B = 1600×1000 right of A (visual 1280,0,1600,1000). "nan" = no saved position.
 */
class WindowFitTest {
    private static final Rectangle2D A = new Rectangle2D(0, 27, 1280, 693);
    private static final Rectangle2D B = new Rectangle2D(1280, 0, 1600, 1000);

    @ParameterizedTest(name = "saved ({0},{1}) {2}×{3} → ({4},{5}) {6}×{7}")
    @CsvSource({
        // default 1500×950, nothing saved: shrunk to A's visual bounds
        "nan,   nan,  1500, 950,   0,    27,  1280, 693",
        // small window, nothing saved: centred on A  ((1280-800)/2, 27+(693-600)/2 = 73.5 → 73)
        "nan,   nan,   800, 600,   240,  73,   800, 600",
        // the reported case: saved at (−110, −77) is on no screen → centred and fitted on A
        "-110,  -77,  1500, 950,   0,    27,  1280, 693",
        // saved far away (monitor unplugged) → primary
        "-3000, 100,  1000, 700,   140,  27,  1000, 693",
        // saved on B: kept there, whole size fits
        "1400,  50,   1500, 950,   1380, 50,  1500, 950",
        // saved on B, hanging over its bottom-right: pulled in
        "2000,  500,  1500, 950,   1380, 50,  1500, 950",
        // saved on A below the panel: kept
        "100,   40,    900, 600,   100,  40,   900, 600",
        // saved on A but under the top panel and too wide: clamped into the visual bounds
        "100,   28,   1400, 800,   0,    27,  1280, 693",
    })
    void fitsTheVisualBoundsOfTheScreenItOpensOn(String x, String y, double w, double h,
                                                 double ex, double ey, double ew, double eh) {
        Rectangle2D b = WindowFit.fit(num(x), num(y), w, h, List.of(A, B), A);
        assertThat(b).isEqualTo(new Rectangle2D(ex, ey, ew, eh));
    }

    private static double num(String s) {
        return "nan".equals(s) ? Double.NaN : Double.parseDouble(s);
    }
}
