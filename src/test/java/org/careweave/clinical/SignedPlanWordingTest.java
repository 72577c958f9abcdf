package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.TestRules;
import org.careweave.internal.io.ReportLabels;
import org.careweave.internal.io.TextReport;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.careweave.plan.GoalItem;
import org.careweave.plan.ProblemItem;
import org.careweave.plan.Reason;
import org.junit.jupiter.api.Test;

/**
 * Plan text a therapist would sign (trials 8-9): a deferred problem says where it goes, goals name scales by name,
 * a limited goal's target is what the limit allows, a skilled nursing stay's goals are capped by where the patient
 * goes, and heart failure's no-compression precaution shows only where a swelling is treated. Every expected value
 * is worked out from the tables' sources, not copied from a run.
 */
class SignedPlanWordingTest {

    private static final String PRIOR = "\"priorFunction\": { \"selfCare\": \"independent\", \"indoorMobility\":"
            + " \"independent\", \"stairs\": \"independent\", \"functionalCognition\": \"independent\" }";

    private static String snf(String findings, String help) {
        return "{ \"caseId\": \"t\", \"asOf\": \"2026-11-30\", \"patient\": { \"birthDate\": \"1940-02-21\", " + PRIOR
                + " }, \"setting\": \"skilled-nursing\", \"payer\": { \"kind\": \"medicare-part-a\" },"
                + " \"conditions\": [ { \"code\": \"S72.001D\", \"category\": \"hip-fracture\", \"onset\": \"2026-11-12\" } ],"
                + " \"findings\": [ " + findings + " ], \"home\": { \"livesAlone\": false, \"entryStairs\": 0,"
                + " \"bathroom\": \"walk-in-shower\", \"help\": \"" + help + "\" } }";
    }

    private static String text(String json) {
        Case c = CaseReader.read(json);
        return TextReport.render(TestRules.planner().plan(c), c, ReportLabels.of(TestRules.planner().rules()));
    }

    private static ProblemItem problem(CarePlan p, String area) {
        return p.problems().stream().filter(x -> x.area().equals(area)).findFirst().orElseThrow();
    }

    // 1. A deferred problem (after-discharge-areas.csv: shopping in a skilled nursing stay) says so in its reasons.
    @Test
    void aShoppingProblemInASkilledNursingStaySaysItIsAddressedAfterDischargeByOutpatientOrHomeHealthOt() {
        String json = snf("{ \"area\": \"walk-50-feet\", \"level\": 3 }, { \"area\": \"shopping\" }", "full-time");
        CarePlan p = Cases.plan(json);
        List<String> because = problem(p, "shopping").reasons().stream().map(Reason::because).toList();
        assertTrue(because.contains("Shopping is deferred to after discharge: it is no goal of this skilled nursing"
                + " facility stay and is addressed after discharge by outpatient or home health occupational therapy"),
                because.toString());
        assertTrue(p.goals().stream().noneMatch(g -> g.area().equals("shopping")));
        assertTrue(text(json).contains("Shopping is deferred to after discharge"));
    }

    @Test
    void anOutpatientShoppingProblemIsNotDeferred() {
        String json = snf("{ \"area\": \"walk-50-feet\", \"level\": 3 }, { \"area\": \"shopping\" }", "full-time")
                .replace("skilled-nursing", "outpatient").replace("medicare-part-a", "medicare-part-b");
        CarePlan p = Cases.plan(json);
        assertTrue(problem(p, "shopping").reasons().stream().noneMatch(r -> r.because().contains("deferred")));
    }

    @Test
    void aNotIndicatedDisciplinesTextPlanListsTheDeferredDrivingProblem() {
        String json = "{ \"caseId\": \"t\", \"asOf\": \"2026-11-30\", \"patient\": { \"birthDate\": \"1958-04-17\", " + PRIOR
                + " }, \"setting\": \"inpatient-rehab\", \"payer\": { \"kind\": \"commercial\" },"
                + " \"conditions\": [ { \"code\": \"S72.001A\", \"category\": \"hip-fracture\", \"onset\": \"2026-11-16\" } ],"
                + " \"findings\": [ { \"area\": \"walk-150-feet\", \"level\": 2 }, { \"area\": \"driving\" } ] }";
        String text = text(json);
        int ot = text.indexOf("OCCUPATIONAL THERAPY");
        int split = text.indexOf("COORDINATED SPLIT");
        String otPart = text.substring(ot, split);
        assertTrue(otPart.contains("Not indicated."), otPart);
        assertTrue(otPart.contains("Driving is deferred to after discharge: it is no goal of this inpatient"
                + " rehabilitation facility stay and is addressed after discharge by a driver rehabilitation specialist"),
                otPart);
    }

    // 2. A pain goal names the scale by its vocabulary.csv meaning ("Numeric Pain Rating Scale (0-10)").
    @Test
    void aPainGoalNamesThePainRatingScaleNotItsId() {
        CarePlan p = Cases.plan(Cases.condition("M17.11", "arthritis", "2026-06-01"),
                "{ \"area\": \"pain\", \"score\": 6 }");
        GoalItem g = Cases.longGoal(p, "pain");
        // cut-off 4 (finding-thresholds.csv: 4 or more calls for treatment), so the goal is below 4
        assertTrue(g.text().contains("below 4 on the Numeric Pain Rating Scale (0-10)"), g.text());
        assertFalse(g.text().contains("nrs-0-10"), g.text());
    }

    @Test
    void aTextPlansScoredBaselineNamesTheScale() {
        String json = "{ \"caseId\": \"t\", \"asOf\": \"2026-11-30\", \"patient\": { \"birthDate\": \"1981-10-03\" },"
                + " \"setting\": \"outpatient\", \"payer\": { \"kind\": \"commercial\" },"
                + " \"conditions\": [ { \"code\": \"S06.2X1A\", \"category\": \"cognitive-impairment\", \"onset\": \"2026-11-08\" } ],"
                + " \"findings\": [ { \"area\": \"cognition\", \"score\": 18 } ] }";
        String text = text(json);
        assertTrue(text.contains("Baseline: 18 on Montreal Cognitive Assessment (0-30)"), text);
        assertFalse(text.contains("moca-0-30"), text);
    }

    // 3. A limited goal's target is the limit's goal (precaution-limits.csv), never a placeholder.
    @Test
    void aCastWristsFingerGoalTargetsTheFullFistNotAPlaceholder() {
        String json = "{ \"caseId\": \"t\", \"asOf\": \"2026-11-20\", \"patient\": { \"birthDate\": \"1960-01-01\" },"
                + " \"setting\": \"outpatient\", \"payer\": { \"kind\": \"commercial\" },"
                + " \"conditions\": [ { \"code\": \"S52.501A\", \"category\": \"fracture\", \"onset\": \"2026-11-10\" } ],"
                + " \"findings\": [ { \"area\": \"range-of-motion\", \"region\": \"hand\", \"side\": \"right\" } ] }";
        CarePlan p = Cases.plan(json);
        for (GoalItem g : p.goals()) {
            assertTrue(g.target() == null || g.target().words() == null || !g.target().words().contains("no gain set"),
                    g.toString());
        }
        assertFalse(text(json).contains("no gain set"));
    }

    // 4. Skilled nursing -> home with help caps a long-term goal at 05 set-up (discharge-goal-levels.csv).
    @Test
    void aSkilledNursingStayGoingHomeWithHelpAimsAtSetUpNotIndependence() {
        CarePlan p = Cases.plan(snf("{ \"area\": \"lower-body-dressing\", \"level\": 4, \"priorLevel\": 6 }", "full-time"));
        assertEquals("home-with-help", p.discharge().recommendedSetting());
        GoalItem g = Cases.longGoal(p, "lower-body-dressing");
        // prior level 06 would be the target; the ceiling is 05
        assertEquals(5.0, g.target().value().doubleValue(), g.toString());
        assertTrue(g.text().contains("by discharge home with help"), g.text());
    }

    // 5. Heart failure's no-compression precaution only with a swelling in the plan (ISL 2020 Consensus).
    @Test
    void heartFailureWithoutASwellingHasOnlyTheCardiacPrecaution() {
        CarePlan p = Cases.plan(Cases.condition("I50.22", "cardiac", "2026-11-10"),
                "{ \"area\": \"walk-150-feet\", \"level\": 4 }");
        assertEquals(List.of("cardiac"), p.precautions().stream().map(x -> x.kind()).distinct().toList());
    }

    @Test
    void heartFailureWithALegSwellingKeepsTheNoCompressionPrecaution() {
        CarePlan p = Cases.plan(Cases.condition("I50.22", "cardiac", "2026-11-10"),
                "{ \"area\": \"walk-150-feet\", \"level\": 4 }, { \"area\": \"edema\", \"region\": \"lower-limb\", \"side\": \"both\" }");
        assertTrue(p.precautions().stream().anyMatch(x -> x.kind().equals("heart-failure")), p.precautions().toString());
        assertTrue(p.precautions().stream().anyMatch(x -> x.kind().equals("cardiac")), p.precautions().toString());
    }
}
