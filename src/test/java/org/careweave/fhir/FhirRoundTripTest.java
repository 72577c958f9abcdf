package org.careweave.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.careweave.TestRules;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.fhir.BundleReader;
import org.careweave.internal.fhir.FhirMapping;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.model.Case;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * FHIR in plans as JSON in: every example case whose facts a FHIR bundle can carry is written as the bundle an EHR
 * would send (docs/fhir.md, codes from the fhir-*.csv tables; {@link CaseBundles}), read back with the FHIR reader,
 * and must give the very same case and a byte-identical plan. The examples it cannot carry are named with the
 * reason (only those docs/fhir.md lists as not read from FHIR), and at least 40 must make the trip.
 */
class FhirRoundTripTest {

    static FhirMapping map;

    @BeforeAll
    static void mapping() {
        map = FhirMapping.of(RuleSource.fromDirectory(TestRules.RULES));
    }

    @TestFactory
    Stream<DynamicTest> everyCarriableExampleReadsBackAsTheSameCaseAndPlan() throws IOException {
        return FhirValidationTest.exampleCases().stream().map(p -> DynamicTest.dynamicTest(
                p.getFileName().toString(), () -> {
                    Case json = CaseReader.read(p);
                    if (CaseBundles.unsupported(json).isPresent()) {
                        return; // counted in theExamplesFhirCannotCarryAreFewAndNamed
                    }
                    String bundle = CaseBundles.json(json, map);
                    Case fhir = BundleReader.read(bundle, map, null, null);
                    assertEquals(json, fhir, p + ": the bundle reads back as the same case");
                    assertEquals(PlanWriter.json(TestRules.planner().plan(json)),
                            PlanWriter.json(TestRules.planner().plan(fhir)), p + ": the same plan");
                }));
    }

    @Test
    void theExamplesFhirCannotCarryAreFewAndNamed() throws IOException {
        List<Path> all = FhirValidationTest.exampleCases();
        List<String> not = all.stream().map(p -> {
            try {
                Optional<String> why = CaseBundles.unsupported(CaseReader.read(p));
                return why.map(w -> p.getFileName() + ": " + w).orElse(null);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).filter(s -> s != null).toList();
        // 2026-12-01: 46 of 89 examples make the trip; the other 43 give visits without clock times (a few of them
        // also a service area or cotreatmentUnits).
        assertTrue(all.size() - not.size() >= 40, "round-tripped " + (all.size() - not.size()) + "; not: " + not);
        assertTrue(not.stream().allMatch(s -> s.contains("start time") || s.contains("not read from FHIR yet")),
                not::toString);
    }
}
