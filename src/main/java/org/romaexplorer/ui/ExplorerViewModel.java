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
        preset.set(p);
        presetName.set(name);
        file.set(from);
        design.set(p);
    }

    /** Back to the loaded preset's chip and technology constants. */
    public void resetConstants() {
        design.set(design.get().withHw(preset.get().hw()).withTech(preset.get().tech()));
    }

    public ObjectProperty<DesignPoint> designProperty() { return design; }

    public DesignPoint design() { return design.get(); }

    public void setDesign(DesignPoint p) { design.set(p); }

    public ReadOnlyObjectProperty<Metrics> metricsProperty() { return metrics.getReadOnlyProperty(); }

    public Metrics metrics() { return metrics.get(); }

    public DesignPoint preset() { return preset.get(); }

    public StringProperty presetNameProperty() { return presetName; }

    public ObjectProperty<Path> fileProperty() { return file; }

    public StringProperty statusProperty() { return status; }
}
