package org.romaexplorer.ui.params;

import org.romaexplorer.model.Records;

/** Copies of records with one component replaced, through the canonical constructor; see {@link Records}. */
public final class RecordEdit {
    private RecordEdit() {}

    /** The component's value as a double. */
    static double get(Record r, String component) {
        return Records.get(r, component);
    }

    /** Whether the component holds whole numbers (int or long). */
    static boolean integral(Record r, String component) {
        for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getName().equals(component)) {
                return c.getType() == int.class || c.getType() == long.class;
            }
        }
        throw new IllegalArgumentException(r.getClass().getSimpleName() + " has no " + component);
    }

    /** A copy of {@code r} with {@code component} set to {@code value}, rounded for integer components. */
    static <R extends Record> R with(R r, String component, double value) {
        return Records.with(r, component, value);
    }
}
