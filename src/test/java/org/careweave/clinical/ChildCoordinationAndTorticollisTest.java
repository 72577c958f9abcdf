package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.careweave.plan.CarePlan;
import org.junit.jupiter.api.Test;

/**
 * Fresh-material trial 9. Developmental coordination disorder (F82) is treated by practising the tasks chosen with the
 * child and family (Blank et al. 2019, EACD recommendations on intervention: CO-OP, neuromotor task training over
 * body-function training), so its motor problems are therapeutic activities (CPT 97530) and the home programme is the
 * child practising those tasks with a parent. Congenital muscular torticollis (Q68.0) in an infant is PT's (Kaplan,
 * Coulter, Sargent 2018; Sargent et al. 2024): passive neck range within 5 degrees of the other side, symmetrical
 * Muscle Function Scale scores, stretching and active movement (97110), symmetrical movement development (97112), no
 * manual therapy (97140), and the parents' programme of stretches, tummy time and positioning. Expected values come
 * from those sources, not from a run.
 */
class ChildCoordinationAndTorticollisTest {

    private static final String ASOF = "2026-11-30";

    private static CarePlan plan(String birthDate, String conditions, String findings) {
        return Cases.plan(Cases.json(ASOF, birthDate, "outpatient", "medicaid", conditions, findings, ""));
    }

    private static List<String> homeProgram(CarePlan plan, String discipline) {
        return plan.discharge().homeProgram().stream().filter(h -> h.discipline().equals(discipline))
                .map(h -> h.text()).toList();
    }

    // a 7-year-old (born 2019-09-10)
    private static final String DCD_CHILD = "2019-09-10";
    private static final String DCD = Cases.condition("F82", "developmental", "2025-10-01");

    @Test
    void dcdMotorProblemsArePractisedAsTasksNotTrainedAsBodyFunctions() {
        CarePlan p = plan(DCD_CHILD, DCD, "{ \"area\": \"coordination\" }, { \"area\": \"fine-motor\" },"
                + " { \"area\": \"handwriting\" }");
        assertEquals(Set.of("97530"), Cases.codes(p, "pt", "coordination"));
        assertEquals(Set.of("97530"), Cases.codes(p, "ot", "fine-motor"));
        assertEquals(Set.of("97530"), Cases.codes(p, "ot", "handwriting"));
    }

    @Test
    void aDcdChildPractisesTheChosenTasksWithAParentNotFromAWrittenSheet() {
        CarePlan p = plan(DCD_CHILD, DCD, "{ \"area\": \"coordination\" }, { \"area\": \"fine-motor\" },"
                + " { \"area\": \"handwriting\" }");
        List<String> ot = homeProgram(p, "ot");
        assertEquals(1, ot.size(), ot.toString());
        assertTrue(ot.get(0).contains("with a parent") && ot.get(0).contains("handwriting"), ot.toString());
        assertFalse(ot.get(0).contains("written sheet"), ot.toString());
        List<String> pt = homeProgram(p, "pt");
        assertEquals(1, pt.size(), pt.toString());
        assertTrue(pt.get(0).contains("with a parent") && pt.get(0).contains("catching and throwing"), pt.toString());
    }

    @Test
    void handwritingAloneGivesTheTaskPracticeNotTheWrittenDownSessionExercises() {
        // handwriting has no home-programs.csv entry: without the nature's programme OT would write down its sessions
        List<String> ot = homeProgram(plan(DCD_CHILD, DCD, "{ \"area\": \"handwriting\" }"), "ot");
        assertEquals(1, ot.size(), ot.toString());
        assertTrue(ot.get(0).startsWith("Practise the tasks chosen with the child"), ot.toString());
    }

    // a 3-month-old (born 2026-08-10)
    private static final String INFANT = "2026-08-10";
    private static final String CMT = Cases.condition("Q68.0", "developmental", "2026-08-10");
    private static final String NECK = "{ \"area\": \"range-of-motion\", \"region\": \"head-neck\", \"side\": \"left\" },"
            + " { \"area\": \"strength\", \"region\": \"head-neck\", \"side\": \"right\", \"score\": 3 }";

    @Test
    void torticollisIsPtsWithStretchingAndActiveMovementAndNoManualTherapy() {
        CarePlan p = plan(INFANT, CMT, NECK);
        assertTrue(Cases.indicated(p, "pt"));
        assertFalse(Cases.indicated(p, "ot"));
        assertEquals(Set.of("97110"), Cases.codes(p, "pt", "range-of-motion"));
        assertEquals(Set.of("97110", "97112"), Cases.codes(p, "pt", "strength"));
        assertTrue(p.interventions().stream().noneMatch(i -> i.code().equals("97140")), p.interventions().toString());
    }

    @Test
    void torticollisGoalsAreSymmetricPassiveRangeAndMuscleFunctionScaleNotAnAdultsDailyTasks() {
        CarePlan p = plan(INFANT, CMT, NECK);
        String range = Cases.longGoal(p, "range-of-motion").text();
        assertTrue(range.contains("passive neck rotation and lateral flexion"), range);
        assertTrue(range.contains("within 5 degrees of the other side"), range);
        String strength = Cases.longGoal(p, "strength").text();
        assertTrue(strength.contains("Muscle Function Scale (0-5)"), strength);
        assertFalse(strength.contains("manual muscle test"), strength);
        p.goals().forEach(g -> {
            for (String adult : List.of("daily tasks", "daily activities", "return to work", "driv", "walker")) {
                assertFalse(g.text().contains(adult), g.text());
            }
        });
    }

    @Test
    void anInfantsParentsCarryOutTheStretchingTummyTimeAndPositioningProgramme() {
        List<String> pt = homeProgram(plan(INFANT, CMT, NECK), "pt");
        assertEquals(1, pt.size(), pt.toString());
        assertTrue(pt.get(0).contains("neck stretches") && pt.get(0).contains("tummy time")
                && pt.get(0).contains("positioning"), pt.toString());
    }
}
