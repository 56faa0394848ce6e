package org.romaexplorer.ui;

import java.util.prefs.Preferences;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.romaexplorer.model.Knobs;
import org.romaexplorer.ui.charts.RepaintProbe;
import org.romaexplorer.ui.files.AppPrefs;

/**
 * The main window as {@code bench/RepaintBenchmark} drives it: the window the GUI tests open (1200×760, a fresh
 * view-model), Fig. 10 shown, optionally with pinned designs. Every method runs on the FX thread.
 */
public final class RepaintHarness {
    private final ExplorerViewModel vm = new ExplorerViewModel();
    private final MainWindow window;
    private final Slider sram;

    public RepaintHarness(Stage stage) {
        window = new MainWindow(vm, new AppPrefs(Preferences.userRoot().node("org/romaexplorer/ui-bench")));
        stage.setScene(window.scene(1200, 760)); // Monocle's headless screen is 1280×800
        stage.show();
        window.tabs().selectFigure("fig10");
        sram = (Slider) stage.getScene().lookup("#sram-slider");
    }

    /** Pins {@code n} designs of 128, 256, … MiB SRAM, as a user comparing them would. */
    public void pin(int n) {
        for (int i = 0; i < n; i++) {
            vm.setDesign(Knobs.SRAM_MB.set(vm.design(), 128 * (i + 1)));
            window.compare().board().pinCurrent();
        }
    }

    /** Moves the SRAM slider, as a drag does. */
    public void slideSramTo(double mb) {
        sram.setValue(mb);
    }

    public RepaintProbe probe() {
        return window.tabs().probe();
    }
}
