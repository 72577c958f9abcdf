package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.careweave.InputException;
import org.careweave.TestRules;
import org.careweave.internal.batch.BatchPlanner;
import org.careweave.internal.batch.LineResult;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.io.SafeText;
import org.careweave.plan.Failure;
import org.junit.jupiter.api.Test;

/**
 * 12,000 malformed cases made by mutating the bundled examples (seeded, so a failure reproduces): each must end
 * as a plan line of a whole plan, or as a bad-input error line naming a JSON pointer, as {@code plan --batch}
 * answers it. Never an exception, never a rules failure on a case the reader accepted, never a partial plan, never
 * a personal value repeated in an error.
 */
class MalformedInputFuzzTest {

    private static final int CASES = 12_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A personal value (a name and a diagnosis) in any field: no error may repeat it, whatever the field. */
    private static final String PERSONAL = "Jane Roe M17.11";

    /** What Jackson's own messages say: none of it may reach a user. */
    private static final java.util.regex.Pattern PARSER_WORDS = java.util.regex.Pattern.compile(
            "fasterxml|Trailing token|Unrecognized token|Unexpected character|was expecting|end-of-input|`");

    /** Hostile values for any position. */
    private static final List<JsonNode> NASTY = List.of(
            NODES.numberNode(new java.math.BigDecimal("1e400")), NODES.numberNode(-1e300), NODES.numberNode(-1),
            NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(0.5), NODES.numberNode(1e9), NODES.numberNode(7),
            NODES.textNode("+99999-01-01"), NODES.textNode("-0001-01-01"), NODES.textNode("2026-02-30"),
            NODES.textNode("10:00:30"), NODES.textNode("24:61"), NODES.textNode(""), NODES.textNode("PT"),
            NODES.textNode("\u001b]0;x\u0007\u202E"), NODES.textNode("x".repeat(5000)), NODES.textNode("at-or-abve"),
            NODES.textNode("Z96.641"), NODES.textNode("97110"), NODES.textNode("pt"), NODES.textNode("ot"),
            NODES.textNode("2026-11-20"), NODES.textNode("1890-01-01"), NODES.textNode("2199-12-31"),
            NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode(), NODES.objectNode(), NODES.numberNode(0),
            NODES.textNode(PERSONAL));

    @Test
    void everyMalformedCaseIsAPlanOrABadInputWithAPointer() throws Exception {
        List<JsonNode> corpus = new ArrayList<>();
        try (var files = Files.list(TestRules.EXAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList()) {
                corpus.add(JSON.readTree(f.toFile()));
            }
        }
        Planner planner = TestRules.planner();
        Random random = new Random(20261130L);
        int plans = 0;
        int refused = 0;
        long started = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            String input = mutant(corpus.get(random.nextInt(corpus.size())).deepCopy(), random);
            LineResult r = BatchPlanner.planLine(planner, i + 1, input, false);
            if (r.ok()) {
                JsonNode plan = JSON.readTree(r.json());
                assertTrue(plan.has("caseId") && plan.has("disciplines") && plan.has("claims"), r.json());
                plans++;
            } else if (r.failure().kind() == Failure.Kind.BAD_INPUT && r.failure().message().startsWith("/")) {
                assertTrue(r.failure().message().length() <= InputException.MAX_MESSAGE + 3, r.failure().message());
                assertTrue(r.failure().message().chars().noneMatch(c -> c < 0x20 || c == 0x202E),
                        r.failure().message());
                assertFalse(r.failure().message().contains("Jane Roe"), r.failure().message());
                // malformed JSON in careweave's words, never the parser's (its classes, options, quoted tokens)
                assertFalse(PARSER_WORDS.matcher(r.failure().message()).find(), r.failure().message());
                refused++;
            } else {
                fail("case " + (i + 1) + ": " + r.failure() + "\ninput: " + SafeText.excerpt(input)
                        + (input.length() < 4000 ? "\n" + input : ""));
            }
        }
        assertEquals(CASES, plans + refused);
        System.out.printf("fuzz: %d cases, %d planned, %d refused, %d ms%n", CASES, plans, refused,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** One to three structural mutations, then sometimes a textual one. */
    private static String mutant(JsonNode root, Random random) {
        int n = 1 + random.nextInt(3);
        for (int k = 0; k < n; k++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            if (target instanceof ObjectNode o && o.size() > 0) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                String name = names.get(random.nextInt(names.size()));
                switch (random.nextInt(4)) {
                    case 0 -> o.set(name, NASTY.get(random.nextInt(NASTY.size())));
                    case 1 -> o.remove(name);
                    case 2 -> o.set(name + (random.nextBoolean() ? "x" : ""), NASTY.get(random.nextInt(NASTY.size())));
                    default -> o.set(name, o.get(name).isContainerNode() ? NODES.textNode("x") : NODES.arrayNode());
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
        if (random.nextInt(4) == 0) {
            int at = random.nextInt(text.length() + 1);
            text = switch (random.nextInt(5)) {
                case 0 -> text.substring(0, at); // truncated
                case 1 -> text + (random.nextBoolean() ? " x" : text); // trailing content, two objects
                case 2 -> text.substring(0, at) + "\u0000\u001b[2J" + text.substring(at);
                case 3 -> text.substring(0, at) + "}" + text.substring(at);
                default -> text.substring(0, at) + "\"" + text.substring(Math.min(text.length(), at + 1));
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
