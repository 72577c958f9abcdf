package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.careweave.plan.CarePlan;
import org.careweave.plan.GoalItem;
import org.careweave.plan.PrecautionItem;
import org.junit.jupiter.api.Test;

/**
 * Trial 11 defect 7: unilateral spatial neglect (ICD-10-CM R41.4 neurologic neglect syndrome) recorded with a vision
 * finding after a stroke was planned as low vision. Each case sits beside a control without R41.4, so every assertion
 * could fail. Expected values come from the sources, not from the plans: the KF-NAP 2015 manual (the Catherine
 * Bergego Scale's 10 categories, each 0-3, so 0-30; none 0, mild 1-10, moderate 11-20, severe 21-30); AHA/ASA 2016
 * (neglect: prism adaptation, visual scanning training, limb activation), which in CPT terms are functional activities
 * (97530), a cognitive function intervention for attention with compensatory strategies (97129) and self-care training
 * with cueing (97535); Azouvi et al. 2003 and Chen et al. 2025 (own limbs unnoticed, collisions when walking or
 * wheeling, more falls: a safety precaution for both disciplines); the outpatient default of 2 visits a week for 4
 * weeks (frequency.csv, CMS Pub 100-02 ch.15 §220.3's progress report at the 10th treatment day).
 */
class UnilateralNeglectTest {

    /** What the low-vision goal and equipment say; none of it belongs to neglect alone. */
    private static final List<String> LOW_VISION = List.of("low-vision strategies", "labels, dials", "magnif",
            "task lighting", "contrast");

    /** An outpatient 71-year-old after a right MCA infarct, OT and PT ordered, with the extra conditions given. */
    private static String outpatient(String extraConditions) {
        return Cases.json("2026-12-02", "1955-03-09", "outpatient", "medicare-part-b",
                Cases.condition("I63.511", "stroke", "2026-09-20") + extraConditions,
                "{ \"area\": \"vision\" }, { \"area\": \"lower-body-dressing\", \"level\": 4 },"
                        + " { \"area\": \"walk-150-feet\", \"level\": 4 }",
                Cases.order("ot", "2026-11-30") + ", " + Cases.order("pt", "2026-11-30"));
    }

    private static String neglect(String category) {
        return ", " + Cases.condition("R41.4", category, "2026-09-20");
    }

    private static List<GoalItem> visionGoals(CarePlan plan) {
        return plan.goals().stream().filter(g -> g.area().equals("vision")).toList();
    }

    private static List<PrecautionItem> precautions(CarePlan plan, String kind) {
        return plan.precautions().stream().filter(p -> p.kind().equals(kind)).toList();
    }

    /** Every text of the plan a therapist reads about vision: its goals, the home programme and the equipment. */
    private static String visionWords(CarePlan plan) {
        StringBuilder s = new StringBuilder();
        visionGoals(plan).forEach(g -> s.append(g.text()).append('\n'));
        plan.discharge().homeProgram().forEach(h -> s.append(h.text()).append('\n'));
        plan.discharge().equipment().forEach(e -> s.append(e.item()).append(' ').append(e.because()).append('\n'));
        return s.toString();
    }

    @Test
    void neglectAfterAStrokeIsMeasuredByTheCatherineBergegoScaleNotPlannedAsLowVision() {
        CarePlan plan = Cases.plan(outpatient(neglect("stroke")));
        assertEquals("ot", plan.problems().stream().filter(p -> p.area().equals("vision")).findFirst().orElseThrow()
                .lead());
        GoalItem goal = Cases.longGoal(plan, "vision");
        assertEquals("ot", goal.discipline());
        // the outpatient episode's length: 4 weeks
        assertEquals(4, goal.weeks());
        assertTrue(goal.text().contains("Catherine Bergego Scale") && goal.text().contains("KF-NAP, 0-30"), goal.text());
        // KF-NAP 2015 manual: 10 categories scored 0-3 make 0-30, in four severity bands that meet end to end
        int categories = 10;
        int worstPerCategory = 3;
        assertEquals(30, categories * worstPerCategory);
        assertTrue(goal.text().contains("severe 21-30, moderate 11-20, mild 1-10, none 0"), goal.text());
        String words = visionWords(plan);
        for (String lowVision : LOW_VISION) {
            assertFalse(words.contains(lowVision), lowVision + " in: " + words);
        }
    }

    @Test
    void withoutTheNeglectCodeTheVisionFindingKeepsTheLowVisionGoal() {
        // the control: the same case without R41.4 is what the trial saw, so the assertions above can fail
        CarePlan plan = Cases.plan(outpatient(""));
        assertTrue(Cases.longGoal(plan, "vision").text().contains("with the low-vision strategies"),
                Cases.longGoal(plan, "vision").text());
        assertEquals(List.of(), precautions(plan, "unilateral-neglect"));
        assertEquals(Set.of("97535"), Cases.codes(plan, "ot", "vision"));
    }

    @Test
    void otTrainsScanningPrismAdaptationAndLimbActivationInTasksAttentionAndSelfCareWithCues() {
        // AHA/ASA 2016 neglect interventions as CPT describes them: functional activities (97530), a cognitive function
        // intervention for attention (97129), self-care training (97535); no PT code, since OT leads the problem
        CarePlan plan = Cases.plan(outpatient(neglect("stroke")));
        assertEquals(Set.of("97129", "97530", "97535"), Cases.codes(plan, "ot", "vision"));
        assertEquals(Set.of(), Cases.codes(plan, "pt", "vision"));
        assertTrue(plan.discharge().homeProgram().stream().anyMatch(h -> h.discipline().equals("ot")
                && h.text().startsWith("Scanning practice every day") && h.text().contains("neglected side")),
                plan.discharge().homeProgram().toString());
    }

    @Test
    void theNeglectPrecautionBindsPtsWalkingAndWheelingAsWellAsOt() {
        CarePlan plan = Cases.plan(outpatient(neglect("stroke")));
        List<PrecautionItem> neglect = precautions(plan, "unilateral-neglect");
        assertEquals(1, neglect.size(), plan.precautions().toString());
        assertEquals(List.of("pt", "ot"), neglect.get(0).disciplines());
        // Azouvi et al. 2003 (limbs on that side, collisions), Chen et al. 2025 (falls): the limb, the brake and footrest,
        // and supervision of walking and wheeling with the helper on the neglected side
        String text = neglect.get(0).text();
        assertTrue(text.contains("brake and footrest on that side") && text.contains("walking and wheeling supervised"),
                text);
    }

    @Test
    void neglectAfterABrainInjuryBringsTheSameNatureAndPrecautionWithoutAMismatch() {
        CarePlan plan = Cases.plan(Cases.json("2026-12-02", "1980-06-01", "outpatient", "medicare-part-b",
                Cases.condition("S06.340A", "traumatic-brain-injury", "2026-09-20") + neglect("traumatic-brain-injury"),
                "{ \"area\": \"vision\" }", Cases.order("ot", "2026-11-30")));
        assertTrue(Cases.longGoal(plan, "vision").text().contains("Catherine Bergego Scale"));
        assertEquals(1, precautions(plan, "unilateral-neglect").size(), plan.precautions().toString());
        // fhir-icd10-categories.csv: R41.4 fits a brain injury too (alsoFits)
        assertTrue(plan.alerts().stream().noneMatch(a -> a.kind().equals("condition-code-mismatch")),
                plan.alerts().toString());
    }

    @Test
    void theNeglectCodeUnderAnotherCategoryIsNamedForWhatItIs() {
        CarePlan plan = Cases.plan(outpatient(neglect("cognitive-impairment")));
        List<String> messages = plan.alerts().stream().filter(a -> a.kind().equals("condition-code-mismatch"))
                .map(a -> a.message()).toList();
        assertEquals(1, messages.size(), plan.alerts().toString());
        assertTrue(messages.get(0).contains("R41.4 is neurologic neglect syndrome, which careweave plans as stroke"),
                messages.get(0));
    }

    @Test
    void aHemianopiaBesideTheNeglectKeepsItsOwnGoal() {
        // two impairments with two measures: the cancellation task and walking course for the field loss, the
        // Catherine Bergego Scale for the neglect (Pollock et al. 2019; KF-NAP 2015 manual)
        CarePlan plan = Cases.plan(outpatient(neglect("stroke") + ", " + Cases.condition("H53.462", "stroke",
                "2026-09-20")));
        List<String> texts = visionGoals(plan).stream().map(GoalItem::text).toList();
        assertEquals(2, texts.size(), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("Catherine Bergego Scale")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("finds what lies on the blind side")), texts.toString());
    }

    @Test
    void theTrialsSkilledNursingCaseWithTheCodeGetsTheNeglectGoalInItsThreeWeeks() {
        CarePlan plan = Cases.plan(Cases.json("2026-12-02", "1940-10-30", "skilled-nursing", "medicare-part-a",
                Cases.condition("I63.511", "stroke", "2026-11-15") + ", " + Cases.condition("R41.4", "stroke",
                        "2026-11-15"),
                "{ \"area\": \"vision\" }, { \"area\": \"chair-bed-transfer\", \"level\": 2 }",
                Cases.order("ot", "2026-11-22") + ", " + Cases.order("pt", "2026-11-22")));
        GoalItem goal = Cases.longGoal(plan, "vision");
        // 42 CFR 409.34(a)(2): daily skilled rehabilitation; 3 weeks is careweave's SNF episode (frequency.csv)
        assertEquals(3, goal.weeks());
        assertTrue(goal.text().contains("KF-NAP"), goal.text());
        assertEquals(List.of("pt", "ot"), precautions(plan, "unilateral-neglect").get(0).disciplines());
        assertFalse(visionWords(plan).contains("low-vision"), visionWords(plan));
    }
}
