package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ScheduleItem;
import org.junit.jupiter.api.Test;

/**
 * A discipline nobody ordered whose one problem is minor (tables/evaluate-first.csv) is recommended to evaluate, not
 * to treat (trial 10 defect 2). The threshold is the CMS Section GG level definitions: at 04 (supervision or
 * touching assistance) the helper only cues or steadies and the patient does the whole effort; at 03
 * (partial/moderate assistance) the helper lifts, holds or supports. Medicare covers therapy that is reasonable and
 * necessary, needs a therapist's skill and is of a reasonable amount and frequency (CMS Pub 100-02 ch.15 §220.2 A-B),
 * so one supervision-level activity calls for OT's evaluation, not 2 visits a week beside the ordered PT. Each case
 * differs from the first in one thing, and each of those keeps OT's treatment plan, so every assertion could fail.
 */
class UnorderedMinorProblemTest {

    private static final String SHOULDER = Cases.condition("M75.111", "orthopedic-surgery", "2026-10-15");

    /** PT leads the arm's strength (MRC 3/5, weakness) in every case; the rest of the findings vary. */
    private static CarePlan plan(String selfCare, String orders) {
        return Cases.plan(Cases.json("2026-12-01", "1958-03-14", "outpatient", "medicare-part-b", SHOULDER,
                "{ \"area\": \"strength\", \"score\": 3, \"region\": \"upper-limb\", \"side\": \"right\" }, "
                        + selfCare, orders));
    }

    private static final String PT_ORDER = Cases.order("pt", "2026-11-25");

    private static ScheduleItem schedule(CarePlan plan, String discipline) {
        return plan.schedule().stream().filter(s -> s.discipline().equals(discipline)).findFirst().orElseThrow();
    }

    @Test
    void oneSelfCareActivityAtSupervisionOnAPtOnlyOrderGetsAnOtEvaluationWithoutGoalsOrVisits() {
        CarePlan plan = plan("{ \"area\": \"upper-body-dressing\", \"level\": 4 }", PT_ORDER);
        assertEquals("evaluate", plan.discipline("ot").scope(), Cases.reasons(plan.discipline("ot")));
        assertEquals("recommended", plan.discipline("ot").referral());
        assertTrue(Cases.reasons(plan.discipline("ot")).contains("evaluate for upper-body dressing before any"
                + " treatment plan"), Cases.reasons(plan.discipline("ot")));
        // one evaluation visit, not the outpatient 2 a week for 4 weeks
        assertEquals(1, schedule(plan, "ot").visitsPerWeek());
        assertEquals(1, schedule(plan, "ot").weeks());
        assertTrue(plan.goals().stream().noneMatch(g -> g.discipline().equals("ot")), plan.goals().toString());
        assertEquals(Set.of(), Cases.codes(plan, "ot", "upper-body-dressing"));
        // the problem stays on the list, led by OT, and says it awaits OT's evaluation
        assertTrue(plan.problems().stream().anyMatch(p -> p.area().equals("upper-body-dressing") && p.lead().equals("ot")
                && p.reasons().stream().anyMatch(r -> r.because().contains("awaits the evaluation"))),
                plan.problems().toString());
        // PT's plan is untouched: it treats, as ordered
        assertEquals("treat", plan.discipline("pt").scope());
        assertEquals("ordered", plan.discipline("pt").referral());
    }

    @Test
    void theSameActivityAtPartialModerateAssistanceKeepsOtsTreatmentPlan() {
        CarePlan plan = plan("{ \"area\": \"upper-body-dressing\", \"level\": 3 }", PT_ORDER);
        assertEquals("treat", plan.discipline("ot").scope(), Cases.reasons(plan.discipline("ot")));
        assertTrue(Cases.codes(plan, "ot", "upper-body-dressing").contains("97535"));
        assertTrue(schedule(plan, "ot").visitsPerWeek() > 1, schedule(plan, "ot").toString());
    }

    @Test
    void twoActivitiesAtSupervisionKeepOtsTreatmentPlan() {
        CarePlan plan = plan("{ \"area\": \"upper-body-dressing\", \"level\": 4 },"
                + " { \"area\": \"shower-bathe\", \"level\": 4 }", PT_ORDER);
        assertEquals("treat", plan.discipline("ot").scope(), Cases.reasons(plan.discipline("ot")));
        assertTrue(plan.goals().stream().anyMatch(g -> g.discipline().equals("ot")), plan.goals().toString());
    }

    @Test
    void anOtOrderKeepsOtsTreatmentPlanForTheOneActivity() {
        CarePlan plan = plan("{ \"area\": \"upper-body-dressing\", \"level\": 4 }",
                PT_ORDER + ", " + Cases.order("ot", "2026-11-25"));
        assertEquals("treat", plan.discipline("ot").scope(), Cases.reasons(plan.discipline("ot")));
        assertEquals("ordered", plan.discipline("ot").referral());
    }

    @Test
    void aCaseWithNoOrderAtAllIsPlannedAsBefore() {
        CarePlan plan = plan("{ \"area\": \"upper-body-dressing\", \"level\": 4 }", "");
        assertEquals("treat", plan.discipline("ot").scope(), Cases.reasons(plan.discipline("ot")));
        assertEquals("recommended", plan.discipline("ot").referral());
    }
}
