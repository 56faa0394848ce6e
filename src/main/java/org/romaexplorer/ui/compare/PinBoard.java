package org.romaexplorer.ui.compare;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.romaexplorer.compare.Comparison;
import org.romaexplorer.compare.Pins;
import org.romaexplorer.model.InvalidParameterException;
import org.romaexplorer.ui.ExplorerViewModel;

/**
 * The pinned designs of the window and the actions on them. Pins are not design changes: loading, undoing
 * or resetting the design leaves them as they are. Messages go to the status line; nothing is thrown.
 */
public final class PinBoard {
    private final ExplorerViewModel vm;
    private final ReadOnlyObjectWrapper<Pins> pins = new ReadOnlyObjectWrapper<>(this, "pins", Pins.NONE);

    public PinBoard(ExplorerViewModel vm) {
        this.vm = vm;
    }

    public ReadOnlyObjectProperty<Pins> pinsProperty() { return pins.getReadOnlyProperty(); }

    public Pins pins() { return pins.get(); }

    /** Pins the current design (Ctrl+B); the first pinned design is the baseline. */
    public void pinCurrent() {
        if (pins.get().full()) {
            vm.statusProperty().set("Already " + Pins.MAX + " designs pinned: remove one to pin another");
            return;
        }
        pins.set(pins.get().with(vm.design()));
        Pins p = pins.get();
        String name = p.get(p.size() - 1).name();
        vm.statusProperty().set(p.size() == 1 ? "Pinned the design as " + name + ", the baseline"
                : "Pinned the design as " + name + "; deltas are against " + p.get(0).name());
    }

    public void rename(int i, String name) {
        try {
            pins.set(pins.get().renamed(i, name));
        } catch (InvalidParameterException e) {
            vm.statusProperty().set("Cannot rename: " + e.getMessage());
        }
    }

    public void remove(int i) {
        String name = pins.get().get(i).name();
        pins.set(pins.get().without(i));
        vm.statusProperty().set("Removed pinned design " + name);
    }

    public void makeBaseline(int i) {
        pins.set(pins.get().baseline(i));
        vm.statusProperty().set("Deltas are now against " + pins.get().get(0).name());
    }

    public void clear() {
        pins.set(Pins.NONE);
    }

    /** The current design against every pinned one. */
    public Comparison comparison() {
        return Comparison.of(vm.design(), pins.get());
    }
}
