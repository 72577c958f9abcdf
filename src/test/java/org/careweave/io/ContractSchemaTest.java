package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.careweave.TestRules;
import org.careweave.internal.batch.CaseGenerator;
import org.careweave.model.Case;
import org.junit.jupiter.api.Test;

/**
 * The contract ships with the product: the JSON Schemas (2020-12) for the case and the plan are in the jar
 * ({@code org/careweave/schema/}), and every example case, every generated case and every plan they give validate
 * against them. When this fails for a plan, a field was added to (or renamed in) the output: a contract change, so
 * add it to {@code src/main/resources/org/careweave/schema/plan.schema.json} and CONTRACT.md in the same commit.
 */
class ContractSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema CASE = schema("case.schema.json");
    private static final JsonSchema PLAN = schema("plan.schema.json");

    private static JsonSchema schema(String name) {
        try (InputStream in = ContractSchemaTest.class.getResourceAsStream("/org/careweave/schema/" + name)) {
            assertNotNull(in, name + " is on the classpath, so in the jar");
            JsonNode schema = JSON.readTree(in);
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> exampleCases() throws IOException {
        try (Stream<Path> files = Files.list(TestRules.EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList();
        }
    }

    private static List<String> problems(JsonSchema schema, String what, JsonNode doc) {
        List<String> out = new ArrayList<>();
        for (ValidationMessage m : schema.validate(doc)) {
            out.add(what + ": " + m.getMessage());
        }
        return out;
    }

    private static List<String> checkCaseAndPlan(String what, String caseJson) throws IOException {
        List<String> failures = new ArrayList<>(problems(CASE, what, JSON.readTree(caseJson)));
        Case c = CaseReader.read(caseJson);
        failures.addAll(problems(PLAN, what + " plan", JSON.readTree(PlanWriter.json(TestRules.planner().plan(c)))));
        failures.addAll(problems(PLAN, what + " plan --trace",
                JSON.readTree(PlanWriter.json(TestRules.planner().plan(c, true)))));
        return failures;
    }

    @Test
    void everyExampleCaseAndItsPlanValidate() throws IOException {
        List<Path> cases = exampleCases();
        assertTrue(cases.size() >= 40, "the bundled examples, found " + cases.size());
        List<String> failures = new ArrayList<>();
        for (Path f : cases) {
            failures.addAll(checkCaseAndPlan(f.getFileName().toString(), Files.readString(f)));
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void generatedCasesWithCotreatmentAssistantsAndGroupsValidate() throws IOException {
        CaseGenerator mix = CaseGenerator.realisticMix(20261130L);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            failures.addAll(checkCaseAndPlan("mix-" + i, mix.next("mix-" + i)));
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theCaseSchemaRejectsAnUnknownFieldAndAWrongTypeAsTheReaderDoes() throws IOException {
        String ok = """
                {"caseId": "s-1", "setting": "outpatient", "findings": [ {"area": "pain", "score": 6} ]}""";
        assertEquals(Set.of(), CASE.validate(JSON.readTree(ok)));
        assertFalse(CASE.validate(JSON.readTree(ok.replace("\"setting\"", "\"setings\""))).isEmpty(),
                "an unknown field (a typo) is an error");
        assertFalse(CASE.validate(JSON.readTree(ok.replace("\"score\": 6", "\"level\": 9"))).isEmpty(),
                "a Section GG level is 1-6");
        assertFalse(CASE.validate(JSON.readTree("{\"setting\": \"outpatient\"}")).isEmpty(), "caseId is required");
        // the caseId's limits, as the reader's (InputRefusalTest): 1-128 characters, no control characters
        assertEquals(Set.of(), CASE.validate(JSON.readTree(ok.replace("s-1", "s".repeat(128)))));
        assertFalse(CASE.validate(JSON.readTree(ok.replace("s-1", "s".repeat(129)))).isEmpty(), "at most 128");
        assertFalse(CASE.validate(JSON.readTree(ok.replace("s-1", "s\\u0007"))).isEmpty(), "no control character");
        assertFalse(CASE.validate(JSON.readTree(ok.replace("s-1", ""))).isEmpty(), "not empty");
    }

    @Test
    void thePlanSchemaIsClosedSoANewOutputFieldIsADeliberateChange() throws IOException {
        Case c = CaseReader.read(TestRules.EXAMPLES.resolve("hip-replacement.json"));
        ObjectNode plan = (ObjectNode) JSON.readTree(PlanWriter.json(TestRules.planner().plan(c)));
        assertEquals(Set.of(), PLAN.validate(plan));
        ObjectNode problem = (ObjectNode) plan.get("problems").get(0);
        problem.put("priority", 1);
        assertFalse(PLAN.validate(plan).isEmpty(), "a field the contract does not name is rejected");
        problem.remove("priority");
        problem.put("lead", "slp");
        assertFalse(PLAN.validate(plan).isEmpty(), "a lead is pt or ot");
    }
}
