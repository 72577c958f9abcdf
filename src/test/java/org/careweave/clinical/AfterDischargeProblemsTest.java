package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.careweave.plan.CarePlan;
import org.junit.jupiter.api.Test;

/**
 * A problem whose goal belongs after discharge (tables/after-discharge-areas.csv: driving and return to work in an
 * inpatient stay) plans no intervention of the stay and indicates no discipline: a plan of care's services serve its
 * long-term goals (CMS Pub 100-02 ch.15 §220.1.2), and such a problem has none in the stay. The same case as an
 * outpatient keeps its goal and its codes (interventions.csv: OT 97535 for driving), so every assertion could fail.
 */
class AfterDischargeProblemsTest {

    private static final String BRAIN_INJURY = Cases.condition("S06.2X1A", "cognitive-impairment", "2026-11-08");

    private static String irfOrOutpatient(String setting, String findings) {
        return Cases.json("2026-11-30", "1981-10-03", setting, "commercial", BRAIN_INJURY, findings,
                Cases.order("ot", "2026-11-20"));
    }

    @Test
    void anInpatientRehabilitationPatientWhoseOnlyOtProblemIsDrivingIsNotIndicatedForOt() {
        CarePlan plan = Cases.plan(irfOrOutpatient("inpatient-rehab", "{ \"area\": \"driving\" }"));
        assertFalse(Cases.indicated(plan, "ot"), Cases.reasons(plan.discipline("ot")));
        assertTrue(Cases.reasons(plan.discipline("ot")).contains("leads only problems taken up after discharge"),
                Cases.reasons(plan.discipline("ot")));
        assertEquals(Set.of(), Cases.codes(plan, "ot", "driving"));
        assertTrue(plan.schedule().stream().noneMatch(s -> s.discipline().equals("ot")), plan.schedule().toString());
        assertTrue(plan.discharge().referrals().stream().anyMatch(r -> r.to().equals("driving-rehab")),
                plan.discharge().referrals().toString());
    }

    @Test
    void anInpatientRehabilitationPatientKeepsOtForBathingButDrivingAndWorkGetNoCodes() {
        CarePlan plan = Cases.plan(irfOrOutpatient("inpatient-rehab", "{ \"area\": \"shower-bathe\", \"level\": 4 },"
                + " { \"area\": \"driving\" }, { \"area\": \"return-to-work\" }"));
        assertTrue(Cases.indicated(plan, "ot"));
        assertEquals("it leads showering and bathing", Cases.reasons(plan.discipline("ot")));
        assertEquals(Set.of(), Cases.codes(plan, "ot", "driving"));
        assertEquals(Set.of(), Cases.codes(plan, "ot", "return-to-work"));
        assertFalse(Cases.codes(plan, "ot", "shower-bathe").isEmpty());
    }

    @Test
    void theSameDrivingProblemAsAnOutpatientKeepsItsGoalAndCode() {
        CarePlan plan = Cases.plan(irfOrOutpatient("outpatient", "{ \"area\": \"driving\" }"));
        assertTrue(Cases.indicated(plan, "ot"), Cases.reasons(plan.discipline("ot")));
        assertTrue(Cases.codes(plan, "ot", "driving").contains("97535"), Cases.codes(plan, "ot", "driving").toString());
        assertTrue(plan.goals().stream().anyMatch(g -> g.area().equals("driving")), plan.goals().toString());
    }
}
