package org.careweave.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Tests only: hostile mutations of a JSON document (as MalformedInputFuzzTest makes of careweave JSON), every
 * planted string carrying {@link #MARK} so a test can see whether a message repeats it.
 */
public final class JsonMutants {

    /** In every hostile string: a diagnostic that contains it repeated a value from the input. */
    public static final String MARK = "Q7SECRET";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonMutants() {}

    static final List<JsonNode> NASTY = List.of(
            NODES.textNode(MARK), NODES.textNode("1950-02-30" + MARK), NODES.textNode(MARK + "-01-01"),
            NODES.textNode("2026-11-20T09:00:00" + MARK), NODES.textNode(MARK.repeat(700)),
            NODES.textNode("\u001b]0;" + MARK + "\u0007\u202E"), NODES.textNode("Z96." + MARK),
            NODES.textNode("http://loinc.org/" + MARK), NODES.textNode(MARK + "\n" + MARK),
            NODES.textNode("LA" + MARK), NODES.textNode("Patient/" + MARK), NODES.textNode("urn:uuid:" + MARK),
            NODES.numberNode(-1), NODES.numberNode(1e300), NODES.numberNode(new java.math.BigDecimal("1e400")),
            NODES.numberNode(0.5), NODES.numberNode(Long.MAX_VALUE), NODES.booleanNode(true), NODES.nullNode(),
            NODES.arrayNode(), NODES.objectNode(), NODES.textNode(""));

    /** One to three structural mutations, sometimes a textual one (as MalformedInputFuzzTest does for JSON). */
    public static String mutant(JsonNode root, Random random) {
        int n = 1 + random.nextInt(3);
        for (int k = 0; k < n; k++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            if (target instanceof ObjectNode o && o.size() > 0) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                String name = names.get(random.nextInt(names.size()));
                switch (random.nextInt(5)) {
                    case 0, 1 -> o.set(name, NASTY.get(random.nextInt(NASTY.size())));
                    case 2 -> o.remove(name);
                    case 3 -> o.set(name + "x", NASTY.get(random.nextInt(NASTY.size())));
                    default -> o.set(name, o.get(name).isContainerNode() ? NODES.textNode(MARK) : NODES.arrayNode());
                }
            } else if (target instanceof ArrayNode a && a.size() > 0) {
                int i = random.nextInt(a.size());
                switch (random.nextInt(3)) {
                    case 0 -> a.set(i, NASTY.get(random.nextInt(NASTY.size())));
                    case 1 -> a.add(a.get(i).deepCopy());
                    default -> a.remove(i);
                }
            }
        }
        String text = root.toString();
        if (random.nextInt(5) == 0) {
            int at = random.nextInt(text.length() + 1);
            text = switch (random.nextInt(3)) {
                case 0 -> text.substring(0, at); // truncated
                case 1 -> text.substring(0, at) + "\u0000\u001b[2J" + MARK + text.substring(at);
                default -> text.substring(0, at) + "\"" + MARK + text.substring(Math.min(text.length(), at + 1));
            };
        }
        return text;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            Iterator<JsonNode> it = node.elements();
            while (it.hasNext()) {
                collect(it.next(), out);
            }
        }
    }
}
