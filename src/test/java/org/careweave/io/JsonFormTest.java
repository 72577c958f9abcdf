package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.careweave.InputException;
import org.careweave.model.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the case reader takes JSON's forms (fresh-user trial 3): null where the contract has a list or an object, whole
 * numbers written with a fraction or an exponent, strings that are not Unicode text, nesting past the parser's depth.
 */
class JsonFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A case with every list and object of the contract present, each with one entry. */
    private static final String FULL = """
            {"caseId":"c","asOf":"2026-11-20","setting":"outpatient",
             "patient":{"id":"P-1","birthDate":"1951-04-02","priorFunction":{"selfCare":"independent"},
                        "priorDevices":["walker"]},
             "payer":{"kind":"medicare-part-b","allowedToDate":{"ptSlp":100,"ot":0}},
             "conditions":[{"category":"stroke","onset":"2026-11-01"}],
             "findings":[{"area":"walk-150-feet","level":2}],
             "home":{"livesAlone":false,"equipment":["walker"]},
             "goals":[{"text":"walk to church","activity":"community-mobility"}],
             "orders":[{"discipline":"pt","date":"2026-11-12"}],
             "visits":[{"date":"2026-11-12","services":[{"discipline":"pt","code":"97110","minutes":30}]}],
             "plansOfCare":[{"discipline":"pt","start":"2026-11-12","progressReports":["2026-11-19"],
                             "recertified":["2026-11-19"]}],
             "billing":{"cotreatmentUnits":"split"},
             "precautions":[{"kind":"fall-risk"}]}""";

    private static String refuse(String json) {
        return assertThrows(InputException.class, () -> CaseReader.read(json)).getMessage();
    }

    /**
     * Every list and object of the case, from the contract's own JSON Schema (so a field added there is checked here
     * too), as JSON pointers into {@link #FULL} with what each must be: {@code /visits/0/services -> array}.
     */
    static Map<String, String> structures() throws IOException {
        JsonNode schema;
        try (InputStream in = CaseReader.class.getResourceAsStream("/org/careweave/schema/case.schema.json")) {
            schema = JSON.readTree(in);
        }
        Map<String, String> out = new TreeMap<>();
        walk(schema, schema, "", out);
        return out;
    }

    private static void walk(JsonNode schema, JsonNode node, String at, Map<String, String> out) {
        while (node.has("$ref")) {
            node = schema.at(node.get("$ref").asText().substring(1));
        }
        String type = node.path("type").asText();
        if (!at.isEmpty() && (type.equals("object") || type.equals("array"))) {
            out.put(at, type);
        }
        if (type.equals("object")) {
            node.path("properties").fields().forEachRemaining(p -> walk(schema, p.getValue(), at + "/" + p.getKey(), out));
        } else if (type.equals("array")) {
            walk(schema, node.get("items"), at + "/0", out);
        }
    }

    @Test
    void theFullCaseIsAcceptedAndHoldsEveryListAndObjectOfTheSchema() throws IOException {
        Case c = CaseReader.read(FULL);
        assertEquals(1, c.visits().get(0).services().size());
        JsonNode full = JSON.readTree(FULL);
        Map<String, String> structures = structures();
        assertTrue(structures.size() >= 26, structures.keySet().toString());
        for (Map.Entry<String, String> s : structures.entrySet()) {
            JsonNode v = full.at(s.getKey());
            assertTrue(s.getValue().equals("object") ? v.isObject() : v.isArray(), s.getKey() + " in FULL");
        }
    }

    /**
     * Before: {@code "findings": null} read as no findings, a plan without problems. Now every list and object given
     * as null is bad input at its pointer, as an array item given as null always was; left out, it is still none.
     */
    @Test
    void nullWhereTheContractHasAListOrAnObjectIsRefusedAtItsPointer() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, String> s : structures().entrySet()) {
            JsonPointer at = JsonPointer.compile(s.getKey());
            ObjectNode root = (ObjectNode) JSON.readTree(FULL);
            JsonNode parent = root.at(at.head());
            String expected = s.getKey() + ": must be an " + s.getValue();
            if (parent.isArray()) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(0, JSON.nullNode());
                assertEquals(expected, refuse(root.toString()), s.getKey());
            } else {
                ((ObjectNode) parent).putNull(at.last().getMatchingProperty());
                assertEquals(expected + ", not null (leave the field out when there is none)", refuse(root.toString()),
                        s.getKey());
                ((ObjectNode) parent).remove(at.last().getMatchingProperty());
                CaseReader.read(root.toString()); // left out: none
            }
            checked.add(s.getKey());
        }
        assertTrue(checked.containsAll(List.of("/findings", "/patient", "/visits/0/services", "/home/equipment",
                "/plansOfCare/0/recertified", "/payer/allowedToDate", "/billing")), checked.toString());
    }

    @Test
    void nullForAValueThatIsNeitherAListNorAnObjectStillReadsAsNotGiven() {
        Case c = CaseReader.read(FULL.replace("\"asOf\":\"2026-11-20\"", "\"asOf\":null"));
        assertEquals(null, c.asOf());
    }

    /** JSON Schema's integer takes any number with no fraction; so does the reader, judged on the text as written. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"23", "23.0", "2.3e1", "2.30E+1", "230e-1", "0.0023e4"})
    void aWholeNumberIsWholeHoweverItIsWritten(String minutes) {
        Case c = CaseReader.read(FULL.replace("\"minutes\":30", "\"minutes\":" + minutes));
        assertEquals(23, c.visits().get(0).services().get(0).minutes());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2.35e1", "23.5", "23.000000000000000001", "1e-400"})
    void aNumberWithAFractionIsNotWholeHoweverClose(String minutes) {
        assertEquals("/visits/0/services/0/minutes: must be a whole number",
                refuse(FULL.replace("\"minutes\":30", "\"minutes\":" + minutes)));
    }

    @Test
    void aNumberOutOfRangeIsSaidSoWhateverItsForm() {
        assertEquals("/visits/0/services/0/minutes: must be <= 1440",
                refuse(FULL.replace("\"minutes\":30", "\"minutes\":1e999999")));
        assertEquals("/findings/0/level: must be <= 6", refuse(FULL.replace("\"level\":2", "\"level\":6.5e0")));
    }

    /** A string with half a surrogate pair is not text; a whole pair (an emoji in the patient's words) is. */
    @Test
    void aLoneSurrogateIsRefusedAtItsPointerAndAPairIsText() {
        String lone = "/patient/id: not Unicode text: a lone UTF-16 surrogate (a \\ud800-\\udfff escape without its pair)";
        assertEquals(lone, refuse(FULL.replace("\"P-1\"", "\"P-1\\ud800\"")));
        assertEquals(lone, refuse(FULL.replace("\"P-1\"", "\"\\udc00P-1\"")));
        assertEquals(lone, refuse(FULL.replace("\"P-1\"", "\"\\ude00\\ud83d\"")), "a pair in the wrong order");
        assertEquals(lone.replace("/patient/id", "/caseId"), refuse(FULL.replace("\"caseId\":\"c\"",
                "\"caseId\":\"c\\udfff\"")));
        assertEquals(lone.replace("/patient/id", "/goals/0/text"), refuse(FULL.replace("\"walk to church\"",
                "\"walk to church \\ud83d\"")));
        Case c = CaseReader.read(FULL.replace("\"walk to church\"", "\"walk to church \\ud83d\\ude00\""));
        assertEquals("walk to church \uD83D\uDE00", c.goals().get(0).text());
    }

    /**
     * Nesting past the parser's 1000 levels used to be "/: malformed JSON: nested deeper than the parser reads", with
     * neither place nor value. Now the value that holds it, at most three steps from the root (only through keys that are field names or close to one) and without the run of
     * array indices that is the nesting, and where the parser stopped: just after the bracket that opens level 1001.
     */
    @Test
    void nestingTooDeepNamesTheValueThatHoldsItAndWhereTheParserStopped() {
        String flat = FULL.replace("\n", " ");
        String prefix = flat.substring(0, flat.indexOf("\"walk-150-feet\",\"level\""));
        String deep = flat.replace("\"walk-150-feet\",\"level\"", "[".repeat(1200) + "]".repeat(1200) + ",\"level\"");
        // levels before the area's value: the case, findings and the finding; so its 998th bracket opens level 1001
        int column = prefix.length() + 998 + 1;
        assertEquals("/findings/0/area: malformed JSON at line 1, column " + column + ": nested deeper than the parser"
                + " reads (1000 levels)", refuse(deep));
        assertEquals("/: malformed JSON at line 1, column 1002: nested deeper than the parser reads (1000 levels)",
                refuse("[".repeat(5000)));
        // objects in objects: the path is of names, three of them; level 2 is the patient, level 1001 the 1000th {"a":
        String objects = "\"patient\":" + "{\"a\":".repeat(1200);
        // "a" is no field name (nor close to one), so the pointer stops before it: a key is never echoed unless it could be
        // a typo of a contract field (CaseReaderUnknownKeysTest)
        assertEquals("/patient: malformed JSON at line 2, column " + ("\"patient\":".length() + 999 * 5 + 1 + 1)
                + ": nested deeper than the parser reads (1000 levels)", refuse("{\"caseId\":\"c\",\n" + objects));
    }

    /** A byte-order mark inside the text, outside a string, is named rather than "not JSON here". */
    @Test
    void aByteOrderMarkInsideTheTextIsNamedAtItsColumn() {
        assertEquals("/: malformed JSON at line 1, column 15: a byte-order mark (U+FEFF), which only the very start"
                + " of a file may have (were files joined, one of them saved with a byte-order mark?)",
                refuse(FULL.replace("\n", " ").replace(",\"asOf\"", ",\uFEFF\"asOf\"")));
    }
}
