package org.careweave.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.careweave.TestRules;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.fhir.BundleReader;
import org.careweave.internal.fhir.BundleWriter;
import org.careweave.internal.fhir.Fhir;
import org.careweave.internal.fhir.FhirMapping;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example case's plan, written with {@code --format fhir}, is a valid FHIR R4 Bundle by HAPI FHIR's instance
 * validator (the R4 core StructureDefinitions, cardinalities, required value-set bindings and FHIRPath invariants
 * such as bdl-7 "fullUrl unique" and the reference checks inside a Bundle), with no error, and it survives HAPI's
 * strict R4 parser: parse, re-encode, the same bytes. Terminology is the validator's own (FHIR core code systems,
 * UCUM, in memory): LOINC, SNOMED CT, CPT, HCPCS and careweave's code systems are not loaded, so an unknown code in
 * them is a warning, not checked here; the tables that supply them are checked by their own tests.
 */
class FhirValidationTest {

    static FhirMapping map;

    @BeforeAll
    static void mapping() {
        map = FhirMapping.of(RuleSource.fromDirectory(TestRules.RULES));
    }

    static List<Path> exampleCases() throws IOException {
        try (Stream<Path> files = Files.list(TestRules.EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList();
        }
    }

    static List<String> errors(String json) {
        return R4Validator.errors(json);
    }

    @Test
    void theValidatorCatchesAnInvalidBundle() {
        // The check below must be able to fail: a Goal without lifecycleStatus (1..1) and a CarePlan whose intent is
        // not in its required value set.
        String bad = """
                {"resourceType":"Bundle","type":"collection","entry":[
                 {"fullUrl":"urn:uuid:6f1f4a1e-0000-4000-8000-000000000001","resource":{"resourceType":"Goal",
                  "description":{"text":"walk"},"subject":{"reference":"Patient/p"}}},
                 {"fullUrl":"urn:uuid:6f1f4a1e-0000-4000-8000-000000000002","resource":{"resourceType":"CarePlan",
                  "status":"active","intent":"wish","subject":{"reference":"Patient/p"}}}]}
                """;
        List<String> errors = errors(bad);
        assertTrue(errors.stream().anyMatch(e -> e.contains("Goal") && e.contains("lifecycleStatus")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("CarePlan") && e.contains("intent")), errors::toString);
    }

    @TestFactory
    Stream<DynamicTest> everyExamplePlanIsAValidR4Bundle() throws IOException {
        List<Path> cases = exampleCases();
        assertTrue(cases.size() >= 80, "the examples folder holds the cases (found " + cases.size() + ")");
        return cases.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Case c = CaseReader.read(p);
            CarePlan plan = TestRules.planner().plan(c);
            String out = BundleWriter.json(c, plan, map);
            Bundle back = BundleReader.parse(out);
            assertEquals(out, Fhir.prettyJson().encodeResourceToString(back) + "\n", "strict parser round trip");
            assertEquals(out, BundleWriter.json(c, TestRules.planner().plan(c), map), "deterministic");
            List<String> errors = errors(out);
            assertEquals(List.of(), errors, p + ": FHIR R4 validation errors");
        }));
    }

    @TestFactory
    Stream<DynamicTest> theInputBundlesAreValidR4Too() throws IOException {
        // What careweave asks an EHR to send (docs/fhir.md, "In") is valid FHIR: the fixtures of examples/fhir and
        // the bundles FhirRoundTripTest writes for the examples.
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples/fhir"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".bundle.json")).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(f.getFileName().toString(),
                        () -> assertEquals(List.of(), errors(Files.readString(f)), f.toString())));
            }
        }
        for (Path p : exampleCases()) {
            Case c = CaseReader.read(p);
            if (CaseBundles.unsupported(c).isEmpty()) {
                tests.add(DynamicTest.dynamicTest("as FHIR in: " + p.getFileName(),
                        () -> assertEquals(List.of(), errors(CaseBundles.json(c, map)), p.toString())));
            }
        }
        return tests.stream();
    }
}
