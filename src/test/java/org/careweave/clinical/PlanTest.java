package org.careweave.clinical;

import static org.careweave.clinical.Cases.condition;
import static org.careweave.clinical.Cases.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.careweave.plan.CarePlan;
import org.careweave.plan.ScheduleItem;
import org.junit.jupiter.api.Test;

/** Goals, interventions and schedules drawn for led problems. */
class PlanTest {

    private static String goal(CarePlan p, String area) {
        return p.goals().stream().filter(g -> g.area().equals(area)).findFirst().orElseThrow().text();
    }

    private static ScheduleItem schedule(CarePlan p, String discipline) {
        return p.schedule().stream().filter(s -> s.discipline().equals(discipline)).findFirst().orElseThrow();
    }

    private static org.careweave.plan.GoalItem goal(CarePlan p, String area, String term) {
        return p.goals().stream().filter(g -> g.area().equals(area) && term.equals(g.term())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + term + "-term goal for " + area + ": " + p.goals()));
    }

    /**
     * No prior level and no condition with a course (partial): long-term two levels higher, at most 06; short-term
     * halfway, rounded up: 1 -> 2 of 3, 4 -> 5 of 6. Outpatient PT and OT plans run 4 weeks: short-term goals in 2.
     */
    @Test
    void withoutAPriorLevelASectionGgGoalAimsTwoLevelsHigherAndHalfwayInHalfTheWeeks() {
        CarePlan p = plan("", "{ \"area\": \"walk-50-feet\", \"level\": 1 }, { \"area\": \"sit-to-stand\", \"level\": 4 },"
                + " { \"area\": \"eating\", \"level\": 4 }");
        assertEquals(3, goal(p, "walk-50-feet", "long").target().value().intValue());
        assertEquals(2, goal(p, "walk-50-feet", "short").target().value().intValue());
        assertEquals(6, goal(p, "sit-to-stand", "long").target().value().intValue());
        assertEquals(5, goal(p, "sit-to-stand", "short").target().value().intValue());
        assertEquals(2, goal(p, "sit-to-stand", "short").weeks());
        assertEquals(4, goal(p, "sit-to-stand", "long").weeks());
        assertTrue(goal(p, "sit-to-stand", "long").text().startsWith("Sit to stand independently"));
        assertTrue(goal(p, "walk-50-feet", "short").text().contains("with maximal assist"), "GG 02 in words");
        assertEquals("pt", goal(p, "sit-to-stand", "long").discipline());
        assertEquals("ot", goal(p, "eating", "long").discipline());
    }

    /** Joint replacement (full course): the prior level (GG0100 independent: 06) is the aim, even four levels up. */
    @Test
    void onAFullCourseTheLongTermGoalIsThePriorLevel() {
        CarePlan p = Cases.plan(condition("joint-replacement"), "{ \"area\": \"walk-150-feet\", \"level\": 2, \"priorLevel\": 6 }");
        assertEquals(6, goal(p, "walk-150-feet", "long").target().value().intValue());
        assertEquals(4, goal(p, "walk-150-feet", "short").target().value().intValue());
        assertTrue(goal(p, "walk-150-feet", "long").text().contains("using a walker"), "the device of the goal-aids row");
    }

    /**
     * Dementia (maintain course): the goal keeps today's level, and the cognition goal is the daily routine with the
     * caregiver's cues; the MoCA is a screen, re-checked, never the goal's target (plan/screening-goals.drl).
     */
    @Test
    void onAMaintainCourseGoalsKeepTodaysLevelAndScores() {
        CarePlan p = Cases.plan(condition("dementia"), "{ \"area\": \"upper-body-dressing\", \"level\": 3, \"priorLevel\": 6 },"
                + " { \"area\": \"cognition\", \"score\": 16 }");
        assertEquals(3, goal(p, "upper-body-dressing", "long").target().value().intValue());
        org.careweave.plan.GoalItem cognition = goal(p, "cognition", "long");
        assertEquals(16, cognition.baseline().value().intValue());
        assertEquals("moca-0-30", cognition.baseline().scale());
        assertEquals("assist", cognition.target().scale());
        assertEquals(null, cognition.target().value());
        assertTrue(cognition.text().startsWith("Cognition as it affects daily tasks: manages the daily routine (meals,"
                + " medication, appointments) with a written schedule and caregiver cues, in 4 weeks"), cognition.text());
        assertTrue(cognition.text().contains("score, 16 today, is a screen"), cognition.text());
    }

    @Test
    void aPainScoreAimsBelowItsCutOff() {
        CarePlan p = plan("", "{ \"area\": \"balance\", \"score\": 40 }, { \"area\": \"pain\", \"score\": 8 }");
        assertEquals(3, goal(p, "pain", "long").target().value().intValue());
        assertTrue(goal(p, "pain", "long").text().contains("below 4 on the Numeric Pain Rating Scale (0-10)"));
        // Berg 40 + 5 (Donoghue & Stokes 2009 minimal detectable change, score-goals.csv)
        assertEquals("at least 45/56", goal(p, "balance", "long").target().words());
        assertTrue(goal(p, "balance", "long").text().contains("without a fall or a loss of balance"));
    }

    @Test
    void interventionsFollowTheLeadAndTheArea() {
        CarePlan p = plan("", "{ \"area\": \"walk-150-feet\", \"level\": 3 }, { \"area\": \"balance\", \"score\": 40 },"
                + " { \"area\": \"lower-body-dressing\", \"level\": 3 }, { \"area\": \"chair-bed-transfer\", \"level\": 3 }");
        assertTrue(p.interventions().stream().anyMatch(i -> i.discipline().equals("pt") && i.code().equals("97116")));
        assertTrue(p.interventions().stream().anyMatch(i -> i.area().equals("balance") && i.code().equals("97112")));
        assertTrue(p.interventions().stream().anyMatch(i -> i.area().equals("chair-bed-transfer")
                && i.discipline().equals("pt") && i.code().equals("97530")));
        assertTrue(p.interventions().stream().anyMatch(i -> i.area().equals("lower-body-dressing")
                && i.discipline().equals("ot") && i.code().equals("97535")));
        assertTrue(p.interventions().stream().noneMatch(i -> i.discipline().equals("ot") && i.code().equals("97116")));
    }

    @Test
    void aSkilledNursingStaySeesEachTreatingDisciplineFiveTimesAWeek() {
        String json = "{ \"caseId\": \"s\", \"setting\": \"skilled-nursing\", \"findings\": ["
                + " { \"area\": \"walk-50-feet\", \"level\": 2 }, { \"area\": \"upper-body-dressing\", \"level\": 2 } ] }";
        CarePlan p = plan(json);
        assertEquals(5, schedule(p, "pt").visitsPerWeek());
        assertEquals(3, schedule(p, "pt").weeks());
        assertEquals(5, schedule(p, "ot").visitsPerWeek());
        assertTrue(schedule(p, "pt").reasons().get(0).because().contains("409.34"));
    }

    @Test
    void aDisciplineThatOnlyEvaluatesGetsOneVisitAndANonIndicatedOneNone() {
        CarePlan p = plan(condition("low-back-pain"), "");
        assertEquals(1, p.schedule().size());
        assertEquals(1, schedule(p, "pt").visitsPerWeek());
        assertEquals(1, schedule(p, "pt").weeks());
    }

    /**
     * The acute row (7 visits a week for 1 week) reads in the singular where it is one, and names no condition's
     * guideline: the row is for every condition, so it cites careweave's default and Kosse et al. 2013, not NICE
     * QS16 (hip fracture) for a pneumonia (therapist trial case 14: "for 1 weeks", QS16 for every condition).
     */
    @Test
    void anAcuteScheduleSaysOneWeekAndCitesNoHipFractureStandardForPneumonia() {
        String json = "{ \"caseId\": \"a\", \"setting\": \"acute\", \"conditions\": [ { \"category\": \"pneumonia\" } ],"
                + " \"findings\": [ { \"area\": \"walk-50-feet\", \"level\": 3 } ] }";
        CarePlan p = plan(json);
        assertEquals(7, schedule(p, "pt").visitsPerWeek());
        assertEquals(1, schedule(p, "pt").weeks());
        String because = schedule(p, "pt").reasons().get(0).because();
        assertTrue(because.startsWith("acute: 7 visits a week for 1 week ("), because);
        assertTrue(!because.contains("QS16") && because.contains("Kosse et al. 2013"), because);
    }

    /** A child's weekly paediatric row: "1 visit a week for 12 weeks", not "1 visit(s)". */
    @Test
    void aChildsWeeklyScheduleSaysOneVisitAWeek() {
        String json = "{ \"caseId\": \"c\", \"asOf\": \"2026-11-20\", \"patient\": { \"birthDate\": \"2021-05-01\" },"
                + " \"setting\": \"outpatient\", \"findings\": [ { \"area\": \"four-steps\", \"level\": 3 } ] }";
        String because = schedule(plan(json), "pt").reasons().get(0).because();
        assertTrue(because.startsWith("outpatient (a child): 1 visit a week for 12 weeks ("), because);
    }
}
