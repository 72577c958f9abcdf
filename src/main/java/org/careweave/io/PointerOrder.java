package org.careweave.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * JSON pointers in the order their places appear in one document: the order its author reads them in, whatever order
 * the reader checks fields in (a case's precautions, written before its visits, are said before them; a service's
 * {@code discipline} before its {@code minutes}). An object's fields in the order written, an array's items by index,
 * a place before the places inside it. A pointer to a field the document lacks (a required field not given) comes
 * after the fields its object has, absent fields by name, so the order is the same for the same input.
 */
final class PointerOrder implements Comparator<String> {

    private final JsonNode root;

    PointerOrder(JsonNode root) {
        this.root = root;
    }

    @Override
    public int compare(String a, String b) {
        List<String> x = tokens(a);
        List<String> y = tokens(b);
        JsonNode node = root;
        for (int i = 0; i < x.size() && i < y.size(); i++) {
            if (!x.get(i).equals(y.get(i))) {
                return step(node, x.get(i), y.get(i));
            }
            node = child(node, x.get(i));
        }
        return Integer.compare(x.size(), y.size());
    }

    /** Two different steps from {@code node}: by their place in it. */
    private static int step(JsonNode node, String x, String y) {
        int byPlace = Integer.compare(place(node, x), place(node, y));
        if (byPlace != 0) {
            return byPlace;
        }
        Integer ix = index(x);
        Integer iy = index(y);
        return ix != null && iy != null ? Integer.compare(ix, iy) : x.compareTo(y);
    }

    /** Where {@code step} is in {@code node}: a field's position as written, an item's index; else last. */
    private static int place(JsonNode node, String step) {
        if (node != null && node.isObject()) {
            int i = 0;
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); i++) {
                if (names.next().equals(step)) {
                    return i;
                }
            }
        } else if (node != null && node.isArray()) {
            Integer i = index(step);
            if (i != null && i < node.size()) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static JsonNode child(JsonNode node, String step) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            Integer i = index(step);
            return i == null ? null : node.get(i);
        }
        return node.isObject() ? node.get(step) : null;
    }

    private static Integer index(String step) {
        if (step.isEmpty() || step.length() > 9 || !step.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Integer.valueOf(step);
    }

    /** The reference tokens of a JSON pointer (RFC 6901: {@code ~1} is {@code /}, {@code ~0} is {@code ~}). */
    private static List<String> tokens(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return out;
        }
        for (String t : pointer.substring(1).split("/", -1)) {
            out.add(t.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }
}
