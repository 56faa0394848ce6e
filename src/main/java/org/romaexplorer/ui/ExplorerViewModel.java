package org.romaexplorer.ui;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.romaexplorer.model.DesignPoint;
import org.romaexplorer.model.Evaluator;
import org.romaexplorer.model.Metrics;
import org.romaexplorer.model.Models;
import org.romaexplorer.ui.history.DesignState;

/**
 * UI state: the current design point, its metrics, and the preset it came from. Knows no controls.
 * Only valid design points get here: every {@link DesignPoint} is validated when built.
 */
public final class ExplorerViewModel {
    private final ObjectProperty<DesignPoint> design = new SimpleObjectProperty<>(this, "design");
    private final ReadOnlyObjectWrapper<Metrics> metrics = new ReadOnlyObjectWrapper<>(this, "metrics");
    private final ObjectProperty<DesignPoint> preset = new SimpleObjectProperty<>(this, "preset");
    private final StringProperty presetName = new SimpleStringProperty(this, "presetName", "");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");

    public ExplorerViewModel() {
        design.addListener((o, a, d) -> metrics.set(Evaluator.evaluate(d)));
        load(Models.llama3b(), "Llama-3.2-3B INT4 (paper)", null);
    }

    /** Replaces the design and the preset it resets to. */
    public void load(DesignPoint p, String name, Path from) {
        restore(new DesignState(p, p, name, from));
    }

    /** Sets design, preset, file and name; the name last, so its listeners see the whole new state. */
    public void restore(DesignState s) {
        design.set(s.design());
        preset.set(s.preset());
        file.set(s.file());
        presetName.set(s.name());
    }

    /** The design with the preset it came from, as undo restores it. */
    public DesignState state() {
        return new DesignState(design.get(), preset.get(), presetName.get(), file.get());
    }

    /** Back to the loaded preset: every slider and every constant. */
    public void resetToPreset() {
        design.set(preset.get());
    }

    public ObjectProperty<DesignPoint> designProperty() { return design; }

    public DesignPoint design() { return design.get(); }

    public void setDesign(DesignPoint p) { design.set(p); }

    public ReadOnlyObjectProperty<Metrics> metricsProperty() { return metrics.getReadOnlyProperty(); }

    public Metrics metrics() { return metrics.get(); }

    public DesignPoint preset() { return preset.get(); }

    public ReadOnlyObjectProperty<DesignPoint> presetProperty() { return preset; }

    public StringProperty presetNameProperty() { return presetName; }

    public ObjectProperty<Path> fileProperty() { return file; }

    public StringProperty statusProperty() { return status; }
}
