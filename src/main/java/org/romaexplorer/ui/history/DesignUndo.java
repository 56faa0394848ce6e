package org.romaexplorer.ui.history;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.romaexplorer.ui.ExplorerViewModel;

/**
 * Undo and redo of every design change of an {@link ExplorerViewModel}, whoever makes it (slider, typed
 * value, constant, preset load, import, sweep point, reset): it watches the design and records the state
 * each change replaced. Knows no controls.
 */
public final class DesignUndo {
    private final ExplorerViewModel vm;
    private final DesignHistory<DesignState> history;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private DesignState current;
    private boolean restoring;

    public DesignUndo(ExplorerViewModel vm, DesignHistory<DesignState> history) {
        this.vm = vm;
        this.history = history;
        current = vm.state();
        vm.designProperty().addListener((o, a, d) -> changed());
        // restore() sets the design first: these then see the whole new state.
        vm.presetNameProperty().addListener((o, a, n) -> current = vm.state());
        vm.fileProperty().addListener((o, a, f) -> current = vm.state());
        vm.presetProperty().addListener((o, a, f) -> current = vm.state());
    }

    public DesignUndo(ExplorerViewModel vm) {
        this(vm, new DesignHistory<>());
    }

    private void changed() {
        if (!restoring) {
            history.record(current);
        }
        current = vm.state();
        update();
    }

    public void undo() {
        history.undo(vm.state()).ifPresent(this::restore);
        update();
    }

    public void redo() {
        history.redo(vm.state()).ifPresent(this::restore);
        update();
    }

    private void restore(DesignState s) {
        restoring = true;
        try {
            vm.restore(s);
        } finally {
            restoring = false;
        }
        current = vm.state();
    }

    /** Forgets every step (after the start-up preset is loaded). */
    public void forget() {
        history.clear();
        current = vm.state();
        update();
    }

    /** Changes until {@link #endGroup()} undo as one step. */
    public void beginGroup() { history.beginGroup(); }

    public void endGroup() { history.endGroup(); }

    private void update() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
}
