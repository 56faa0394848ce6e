package org.romaexplorer.ui.params;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import org.romaexplorer.model.InvalidParameterException;

/** Copies of records with one component replaced, through the canonical constructor (so its checks run). */
public final class RecordEdit {
    private RecordEdit() {}

    /** The component's value as a double. */
    static double get(Record r, String component) {
        try {
            return ((Number) find(r, component).getAccessor().invoke(r)).doubleValue();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of {@code r} with {@code component} set to {@code value}, rounded for integer components. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R r, String component, double value) {
        RecordComponent[] cs = r.getClass().getRecordComponents();
        Object[] args = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        try {
            for (int i = 0; i < cs.length; i++) {
                types[i] = cs[i].getType();
                args[i] = cs[i].getName().equals(component) ? convert(value, types[i]) : cs[i].getAccessor().invoke(r);
            }
            return (R) r.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidParameterException ipe) {
                throw ipe;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object convert(double v, Class<?> type) {
        if (type == int.class) {
            return (int) Math.round(v);
        }
        if (type == long.class) {
            return Math.round(v);
        }
        return v;
    }

    private static RecordComponent find(Record r, String name) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(r.getClass().getSimpleName() + " has no " + name);
    }
}
