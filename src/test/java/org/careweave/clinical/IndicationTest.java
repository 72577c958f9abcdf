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
    void afterAStrokeWithOnlyWalkingRecordedOtEvaluatesTheSelfCareNobodyAssessed() {
        // Issue 9: self-care was not assessed, which is not "intact"; AHA/ASA 2016 calls for a formal ADL
        // assessment of every stroke patient, so OT is indicated to evaluate while PT treats walking.
        CarePlan p = plan(condition("stroke"), "{ \"area\": \"walk-150-feet\", \"level\": 3 }");
        assertTrue(indicated(p, "pt"));
        assertEquals("treat", p.discipline("pt").scope());
        assertTrue(indicated(p, "ot"));
        assertEquals("evaluate", p.discipline("ot").scope());
        assertTrue(reasons(p.discipline("ot")).contains("AHA/ASA"), reasons(p.discipline("ot")));
    }

    @Test
    void aDiagnosisNoGuidelineTableNamesDoesNotIndicateOtWhenOnlyMovementFindingsAreRecorded() {
        // Parkinson's is treated by PT and OT (seeds) but has no guideline row calling for an evaluation.
        CarePlan p = plan(condition("parkinsons"), "{ \"area\": \"walk-150-feet\", \"level\": 3 }");
        assertTrue(indicated(p, "pt"));
        assertFalse(indicated(p, "ot"));
        assertTrue(reasons(p.discipline("ot")).contains("may treat the condition recorded (Parkinson's disease)"), reasons(p.discipline("ot")));
    }

    @Test
    void aDiagnosisBothTreatDoesNotIndicatePtWhenOnlyDailyActivityFindingsAreRecorded() {
        CarePlan p = plan(condition("multiple-sclerosis"), "{ \"area\": \"upper-body-dressing\", \"level\": 3 }");
        assertTrue(indicated(p, "ot"));
        assertFalse(indicated(p, "pt"));
        assertTrue(reasons(p.discipline("pt")).contains("may treat the condition recorded (multiple sclerosis)"), reasons(p.discipline("pt")));
    }

    @Test
    void aDiagnosisWithNoFindingsYetGetsAnEvaluationFromEachDisciplineThatTreatsIt() {
        CarePlan p = plan(condition("arthritis"), "");
        assertTrue(indicated(p, "pt"));
        assertTrue(indicated(p, "ot"));
        assertTrue(p.problems().isEmpty());
        assertTrue(reasons(p.discipline("pt")).contains("the Ivy Rehab Network article lists joint conditions under PT"),
                reasons(p.discipline("pt")));
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
        CarePlan p = plan(condition("parkinsons"), "{ \"area\": \"walk-150-feet\", \"level\": 6 }");
        assertFalse(indicated(p, "pt"));
        assertFalse(indicated(p, "ot"));
        assertTrue(p.discipline("pt").reasons().stream().map(Reason::because)
                .anyMatch(b -> b.contains("may treat the condition recorded (Parkinson's disease)")));
    }

    @Test
    void anAssessedIntactDomainIsNotIndicatedWhileAnUnassessedOneIsEvaluated() {
        // Stroke, walking independent (GG 6): PT's mobility domain was assessed and is intact, so PT is not
        // indicated and says so; OT's self-care was never assessed, so AHA/ASA's ADL assessment still applies.
        CarePlan p = plan(condition("stroke"), "{ \"area\": \"walk-150-feet\", \"level\": 6 }");
        assertFalse(indicated(p, "pt"));
        assertTrue(reasons(p.discipline("pt")).contains("mobility was assessed"), reasons(p.discipline("pt")));
        assertTrue(indicated(p, "ot"));
        assertEquals("evaluate", p.discipline("ot").scope());
    }
}
