package org.careweave.clinical;

import static org.careweave.clinical.Cases.condition;
import static org.careweave.clinical.Cases.indicated;
import static org.careweave.clinical.Cases.plan;
import static org.careweave.clinical.Cases.reasons;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.careweave.plan.CarePlan;
import org.careweave.plan.Reason;
import org.junit.jupiter.api.Test;

class IndicationTest {

    @Test
    void aDiagnosisBothTreatDoesNotIndicateOtWhenOnlyMovementFindingsAreRecorded() {
        // Stroke is treated by PT (seed 000) and OT (seed 001), but only walking is impaired.
        CarePlan p = plan(condition("stroke"), "{ \"area\": \"walk-150-feet\", \"level\": 3 }");
        assertTrue(indicated(p, "pt"));
        assertFalse(indicated(p, "ot"));
        assertTrue(reasons(p.discipline("ot")).contains("may treat stroke"), reasons(p.discipline("ot")));
    }

    @Test
    void aDiagnosisBothTreatDoesNotIndicatePtWhenOnlyDailyActivityFindingsAreRecorded() {
        CarePlan p = plan(condition("multiple-sclerosis"), "{ \"area\": \"upper-body-dressing\", \"level\": 3 }");
        assertTrue(indicated(p, "ot"));
        assertFalse(indicated(p, "pt"));
        assertTrue(reasons(p.discipline("pt")).contains("may treat multiple-sclerosis"), reasons(p.discipline("pt")));
    }

    @Test
    void aDiagnosisWithNoFindingsYetGetsAnEvaluationFromEachDisciplineThatTreatsIt() {
        CarePlan p = plan(condition("arthritis"), "");
        assertTrue(indicated(p, "pt"));
        assertTrue(indicated(p, "ot"));
        assertTrue(p.problems().isEmpty());
        assertTrue(reasons(p.discipline("pt")).contains("000_c04b2ddf23040f18.txt"));
        assertTrue(reasons(p.discipline("ot")).contains("evaluate"));
        p.schedule().forEach(s -> {
            assertEquals(1, s.visitsPerWeek());
            assertEquals(1, s.weeks());
        });
    }

    @Test
    void aDiagnosisOnlyPtTreatsWithNoFindingsLeavesOtNotIndicatedWithTheReason() {
        CarePlan lbp = plan(condition("low-back-pain"), "");
        assertTrue(indicated(lbp, "pt"));
        assertFalse(indicated(lbp, "ot"));
        assertTrue(reasons(lbp.discipline("ot")).contains("low-back-pain alone is physical therapy's"),
                reasons(lbp.discipline("ot")));
    }

    @Test
    void lowBackPainWithPainOnlyIsPtsAndOtReasonSaysNoDailyActivityDeficit() {
        CarePlan p = plan(condition("low-back-pain"), "{ \"area\": \"pain\", \"score\": 6 }");
        assertEquals("pt", p.leadOf("pain"));
        assertFalse(indicated(p, "ot"));
        assertTrue(reasons(p.discipline("ot")).contains("no daily-activity deficit"));
    }

    @Test
    void aChildWithADevelopmentalConditionAndNoFindingsIsEvaluatedByOtOnly() {
        String json = "{ \"caseId\": \"c\", \"asOf\": \"2026-11-20\", \"patient\": { \"birthDate\": \"2021-01-01\" },"
                + " \"setting\": \"outpatient\", \"conditions\": [ { \"category\": \"developmental\" } ] }";
        CarePlan p = plan(json);
        assertTrue(indicated(p, "ot"));
        assertFalse(indicated(p, "pt"));
        assertTrue(reasons(p.discipline("ot")).contains("in a child"), reasons(p.discipline("ot")));
    }

    @Test
    void aCaseWithNothingRecordedIndicatesNeitherDiscipline() {
        CarePlan p = plan("", "");
        assertFalse(indicated(p, "pt"));
        assertFalse(indicated(p, "ot"));
    }

    @Test
    void findingsThatAreNotDeficitsIndicateNothingEvenWithADiagnosis() {
        CarePlan p = plan(condition("stroke"), "{ \"area\": \"walk-150-feet\", \"level\": 6 }");
        assertFalse(indicated(p, "pt"));
        assertFalse(indicated(p, "ot"));
        assertTrue(p.discipline("pt").reasons().stream().map(Reason::because)
                .anyMatch(b -> b.contains("may treat stroke")));
    }
}
