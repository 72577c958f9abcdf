package org.careweave.internal.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.careweave.TestRules;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.plan.CarePlan;
import org.careweave.plan.PlanAlert;
import org.junit.jupiter.api.Test;

/**
 * Contract v2 {@code input-date-out-of-range}: a visit after the case's {@code asOf} is a warning at the visit's
 * date (billed as recorded, as the contract's example bills a visit the day after its asOf), a visit before the
 * patient's birth date an error whose lines stay on the claim with 0 units; the birth date the rule compares with
 * never reaches the plan, not even its trace. The whole plan is examples/
 * billing-visit-dates-out-of-range.expected.json (hand-worked); here what changes when a date is absent.
 */
class InputDateRangeTest {

    private static final String BIRTH = "1956-07-14";

    private static String example() throws IOException {
        return Files.readString(TestRules.EXAMPLES.resolve("billing-visit-dates-out-of-range.json"));
    }

    private static List<String> outOfRange(CarePlan plan) {
        return plan.alerts().stream().filter(a -> a.kind().equals("input-date-out-of-range")).map(PlanAlert::ref)
                .sorted().toList();
    }

    private static int units(CarePlan plan, String date) {
        return plan.claims().stream().filter(d -> d.date().toString().equals(date))
                .flatMap(d -> d.lines().stream()).mapToInt(l -> l.units()).sum();
    }

    @Test
    void theBirthDateIsComparedWithButNeverPrintedNotEvenInTheTrace() throws IOException {
        String json = example();
        assertTrue(json.contains(BIRTH));
        CarePlan plan = TestRules.planner().plan(CaseReader.read(json), true);
        assertEquals(List.of("/visits/0/date", "/visits/2/date"), outOfRange(plan));
        String out = PlanWriter.json(plan);
        assertFalse(out.contains(BIRTH), "the birth date is in the plan");
        assertFalse(out.contains("1956"), "the birth year is in the plan");
        // the before-birth rule matched the birth date fact, which prints withheld
        assertTrue(out.contains("BirthDate[withheld]"), "the trace shows the fact the rule matched");
    }

    @Test
    void withoutABirthDateOnlyTheVisitAfterAsOfIsOutOfRangeAndThe1926VisitBills() throws IOException {
        String json = example().replace("\"patient\": {\n    \"birthDate\": \"" + BIRTH + "\"\n  },\n", "");
        assertFalse(json.contains(BIRTH));
        CarePlan plan = TestRules.planner().plan(CaseReader.read(json));
        assertEquals(List.of("/visits/2/date"), outOfRange(plan));
        assertEquals(2, units(plan, "1926-03-02")); // nothing says it is wrong: 30 minutes, 2 units
        assertEquals(2, units(plan, "2026-03-23")); // after asOf: a warning, billed as recorded
    }

    @Test
    void withoutAsOfThePlanIsForTheLatestDateSoNoVisitIsAfterIt() throws IOException {
        String json = example().replace("\"asOf\": \"2026-03-20\",\n", "");
        assertFalse(json.contains("asOf"));
        CarePlan plan = TestRules.planner().plan(CaseReader.read(json));
        assertEquals(List.of("/visits/0/date"), outOfRange(plan));
        assertEquals(2, units(plan, "2026-03-23"));
        assertEquals(0, units(plan, "1926-03-02"));
    }
}
