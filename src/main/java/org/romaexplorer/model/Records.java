package org.romaexplorer.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;

/**
 * Copies of records with components replaced, through the canonical constructor (so its checks run). The
 * reflective handles of each record class are looked up once and cached.
 */
public final class Records {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    private Records() {}

    /** A record class's components, accessors and canonical constructor. */
    private static final class Shape {
        final String[] names;
        final Class<?>[] types;
        final Method[] accessors;
        final Constructor<?> constructor;

        Shape(Class<?> type) {
            RecordComponent[] cs = type.getRecordComponents();
            names = new String[cs.length];
            types = new Class<?>[cs.length];
            accessors = new Method[cs.length];
            for (int i = 0; i < cs.length; i++) {
                names[i] = cs[i].getName();
                types[i] = cs[i].getType();
                accessors[i] = cs[i].getAccessor();
            }
            try {
                constructor = type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        int index(String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(constructor.getDeclaringClass().getSimpleName() + " has no " + name);
        }
    }

    /** The component's value as a double. */
    public static double get(Record r, String component) {
        Shape s = SHAPES.get(r.getClass());
        try {
            Object v = s.accessors[s.index(component)].invoke(r);
            return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of {@code r} with {@code component} set to {@code value}, rounded for integer components. */
    public static <R extends Record> R with(R r, String component, double value) {
        return withAll(r, Map.of(component, value));
    }

    /** A copy of {@code r} with each component named in {@code values} replaced, one construction. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R withAll(R r, Map<String, Double> values) {
        Shape s = SHAPES.get(r.getClass());
        values.keySet().forEach(s::index);
        Object[] args = new Object[s.names.length];
        try {
            for (int i = 0; i < args.length; i++) {
                Double v = values.get(s.names[i]);
                args[i] = v != null ? convert(v, s.types[i]) : s.accessors[i].invoke(r);
            }
            return (R) s.constructor.newInstance(args);
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
        if (type == boolean.class) {
            return v != 0;
        }
        return v;
    }
}
