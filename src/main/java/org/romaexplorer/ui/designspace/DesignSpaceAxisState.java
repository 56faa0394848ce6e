package org.romaexplorer.ui.designspace;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.romaexplorer.sweep.Axis;

/** UI state of one sweepable knob: included or not, its range and steps. Knows no controls. */
public final class DesignSpaceAxisState {
    private final DesignSpaceKnob spec;
    private final BooleanProperty on;
    private final DoubleProperty lo;
    private final DoubleProperty hi;
    private final IntegerProperty steps;

    DesignSpaceAxisState(DesignSpaceKnob spec) {
        this.spec = spec;
        on = new SimpleBooleanProperty(this, "on", spec.on());
        lo = new SimpleDoubleProperty(this, "lo", spec.lo());
        hi = new SimpleDoubleProperty(this, "hi", spec.hi());
        steps = new SimpleIntegerProperty(this, "steps", spec.steps());
    }

    DesignSpaceKnob spec() { return spec; }

    BooleanProperty onProperty() { return on; }

    DoubleProperty loProperty() { return lo; }

    DoubleProperty hiProperty() { return hi; }

    IntegerProperty stepsProperty() { return steps; }

    Observable[] dependencies() { return new Observable[] {on, lo, hi, steps}; }

    /** The axis for the current range; throws InvalidParameterException when it holds no value. */
    Axis axis() { return spec.axis(lo.get(), hi.get(), steps.get()); }

    /** "32…512 MiB, 16 values" or the reason there are none. */
    String summary() {
        try {
            double[] v = spec.values(lo.get(), hi.get(), steps.get());
            return String.format("%,.0f…%,.0f (%d)", v[0], v[v.length - 1], v.length);
        } catch (RuntimeException e) {
            return "empty";
        }
    }
}
