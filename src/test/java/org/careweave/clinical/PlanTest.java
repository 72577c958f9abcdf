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

    @Test
    void aSectionGgGoalIsTwoLevelsHigherAndNeverAboveIndependent() {
        CarePlan p = plan("", "{ \"area\": \"walk-50-feet\", \"level\": 1 }, { \"area\": \"sit-to-stand\", \"level\": 4 },"
                + " { \"area\": \"eating\", \"level\": 4 }");
        assertTrue(goal(p, "walk-50-feet").contains("from level 1 to level 3 of 6"));
        assertTrue(goal(p, "sit-to-stand").contains("from level 4 to level 6 of 6 (independent)"));
        assertEquals("pt", p.goals().stream().filter(g -> g.area().equals("sit-to-stand")).findFirst().orElseThrow()
                .discipline());
        assertEquals("ot", p.goals().stream().filter(g -> g.area().equals("eating")).findFirst().orElseThrow()
                .discipline());
    }

    @Test
    void aScoredGoalAimsPastTheCutOff() {
        CarePlan p = plan("", "{ \"area\": \"balance\", \"score\": 40 }, { \"area\": \"pain\", \"score\": 8 }");
        assertTrue(goal(p, "balance").contains("from 40 to above 45"));
        assertTrue(goal(p, "pain").contains("from 8 to below 4"));
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
}
