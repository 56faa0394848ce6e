package org.romaexplorer.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.romaexplorer.RandomCase;
import org.romaexplorer.model.OneLine;

/** One structural edit at a random place of a JSON tree; raw JSON text goes in through placeholders. */
final class TreeEdit {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] NUMBERS = {"0", "-0.0", "1e-320", "4.9e-324", "-1", "1e309", "-1e309", "1e300",
        "-1e300", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "2147483647", "2147483648",
        "0.5", "1.5", "1e-7", "65536", "1048577", "16777217", "1e15", "123456789012345678901234567890", "1E2", "3.0",
        "0.001", "32768", "32769", "1", "2", "1024", "1025", "-0", "0e0", "5e-324"};

    /** A place in the tree: a key of an object or an index of an array. */
    private record Slot(JsonNode parent, String key, int index) {
        void set(JsonNode v) {
            if (parent instanceof ObjectNode o) {
                o.set(key, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }

        void delete() {
            if (parent instanceof ObjectNode o) {
                o.remove(key);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private final RandomCase c;
    private final List<String> recipe;
    private final Map<String, String> raw;

    TreeEdit(RandomCase c, List<String> recipe, Map<String, String> raw) {
        this.c = c;
        this.recipe = recipe;
        this.raw = raw;
    }

    void apply(ObjectNode doc) {
        List<Slot> slots = new ArrayList<>();
        List<ObjectNode> objects = new ArrayList<>();
        collect(doc, slots, objects);
        if (slots.isEmpty()) {
            addKey(doc);
            return;
        }
        Slot s = c.pick(slots);
        String at = s.key != null ? s.key : "[" + s.index + "]";
        switch (c.between(0, 8)) {
            case 0 -> { s.delete(); recipe.add("deleted " + at); }
            case 1 -> { s.set(wrongType()); recipe.add("wrong type at " + at); }
            case 2, 3 -> { s.set(raw(number())); recipe.add("number at " + at); }
            case 4 -> { s.set(NODES.textNode(Mutator.weirdString(c))); recipe.add("odd string at " + at); }
            case 5 -> { s.set(raw(deep(c.between(2, 3000)))); recipe.add("deep nesting at " + at); }
            case 6 -> addKey(c.pick(objects));
            case 7 -> duplicateKey(c.pick(objects));
            default -> { s.set(c.chance(0.1) ? NODES.textNode("x".repeat(c.between(1_000_000, 1_100_000)))
                    : Mutator.array(NODES.textNode(c.pick("q", "k", "x", "Q")), wrongType())); recipe.add("huge or list at " + at); }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots, List<ObjectNode> objects) {
        if (node instanceof ObjectNode o) {
            objects.add(o);
            o.fieldNames().forEachRemaining(k -> slots.add(new Slot(o, k, -1)));
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Slot(a, null, i));
            }
        }
        node.elements().forEachRemaining(n -> collect(n, slots, objects));
    }

    private JsonNode wrongType() {
        return switch (c.between(0, 6)) {
            case 0 -> NODES.textNode(c.pick("8", "", "true", "null"));
            case 1 -> NODES.booleanNode(c.bool());
            case 2 -> NODES.nullNode();
            case 3 -> Mutator.array(NODES.numberNode(1));
            case 4 -> NODES.objectNode();
            case 5 -> NODES.arrayNode();
            default -> NODES.numberNode(c.between(-2, 70_000));
        };
    }

    private String number() {
        return switch (c.between(0, 3)) {
            case 0 -> String.valueOf(c.between(-5, 5_000_000));
            case 1 -> String.valueOf(c.logBetween(1e-12, 1e12) * (c.bool() ? 1 : -1));
            case 2 -> "1" + "0".repeat(c.between(1, 1500));
            default -> c.pick(NUMBERS);
        };
    }

    private String deep(int depth) {
        return c.bool() ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private void addKey(ObjectNode o) {
        String key = c.chance(0.1) ? "k".repeat(c.between(200, 20_000)) : Mutator.weirdString(c);
        o.set(key, c.bool() ? wrongType() : raw(number()));
        recipe.add("added key " + OneLine.of(key, 20));
    }

    private void duplicateKey(ObjectNode o) {
        List<String> keys = new ArrayList<>();
        o.fieldNames().forEachRemaining(keys::add);
        if (keys.isEmpty()) {
            addKey(o);
            return;
        }
        String key = c.pick(keys);
        String placeholder = "@@K" + raw.size() + "@@";
        o.set(placeholder, o.get(key).deepCopy());
        raw.put("\"" + placeholder + "\"", quoted(key));
        recipe.add("duplicate key " + OneLine.of(key, 20));
    }

    private JsonNode raw(String text) {
        String placeholder = "@@R" + raw.size() + "@@";
        raw.put("\"" + placeholder + "\"", text);
        return NODES.textNode(placeholder);
    }

    private static String quoted(String key) {
        try {
            return Seeds.JSON.writeValueAsString(key);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
