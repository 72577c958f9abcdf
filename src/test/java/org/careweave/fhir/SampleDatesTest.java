package org.careweave.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.careweave.TestRules;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.fhir.FhirIo;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.careweave.plan.PlanAlert;
import org.junit.jupiter.api.Test;

/**
 * The samples a user or a benchmark runs first carry no visit after the date the plan is made for: the
 * input-date-out-of-range warning they showed came from their data, not from the case they stand for. The FHIR hip
 * example's visit is on its bundle's day (2026-11-20, the day every FHIR example and the CDS tests' clock use); the
 * bench's contract sample is made as of its visit's day (2026-11-21), as examples/hip-replacement.json is.
 */
class SampleDatesTest {

    private static List<String> kinds(Case c) {
        return TestRules.planner().plan(c).alerts().stream().map(PlanAlert::kind).toList();
    }

    @Test
    void theFhirHipExampleAndItsTwinHaveNoVisitAfterTheirAsOf() throws IOException {
        Case bundle = FhirIo.readCase(Path.of("examples/fhir/hip-replacement.bundle.json"),
                RuleSource.fromDirectory(TestRules.RULES));
        Case twin = CaseReader.read(Path.of("examples/fhir/hip-replacement.case.json"));
        for (Case c : List.of(bundle, twin)) {
            assertEquals("2026-11-20", c.asOf().toString());
            assertEquals("2026-11-20", c.visits().get(0).date().toString());
            assertTrue(!kinds(c).contains("input-date-out-of-range"), kinds(c).toString());
            // the co-treatment warning is what the example shows (only OT marked co-treatment), as in the JSON example
            assertTrue(kinds(c).contains("cotreatment-split"), kinds(c).toString());
        }
    }

    @Test
    void theBenchContractSampleHasNoVisitAfterItsAsOf() throws IOException {
        Case c = CaseReader.read(Path.of("src/bench/resources/org/careweave/bench/contract-sample.json"));
        assertEquals("2026-11-21", c.asOf().toString());
        assertTrue(!kinds(c).contains("input-date-out-of-range"), kinds(c).toString());
    }
}
