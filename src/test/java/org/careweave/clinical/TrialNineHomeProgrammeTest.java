package org.careweave.clinical;

import static org.careweave.clinical.Cases.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.plan.CarePlan;
import org.careweave.plan.DischargePlan;
import org.junit.jupiter.api.Test;

/**
 * Trial 9 findings 2, 3 and 4, with values worked out by hand: one walking prescription per programme (the distance set
 * at each visit before "adding time as tolerated": home-programs.csv rank 3 before 4), cardiac rehabilitation's
 * prescription in place of PT's walking dose (Squires et al. 2018), and no short-term goal at a long-term goal one
 * Section GG level up (02 to 03 has no level between).
 */
class TrialNineHomeProgrammeTest {

    private static CarePlan planOf(String setting, String condition, String findings) {
        return plan("{ \"caseId\": \"x\", \"asOf\": \"2026-11-20\", \"patient\": { \"birthDate\": \"1950-02-20\" },"
                + " \"setting\": \"" + setting + "\", \"payer\": { \"kind\": \"medicare-part-b\" },"
                + " \"conditions\": [" + condition + "], \"findings\": [" + findings + "],"
                + " \"home\": { \"livesAlone\": false, \"help\": \"part-time\", \"entryStairs\": 0 },"
                + " \"orders\": [ { \"discipline\": \"pt\", \"date\": \"2026-11-12\" } ] }");
    }

    private static List<String> homeProgram(CarePlan p) {
        return p.discharge().homeProgram().stream().map(DischargePlan.HomeProgramEntry::text).toList();
    }

    @Test
    void aProgrammeCarriesOneWalkingPrescriptionTheDistanceSetAtEachVisit() {
        List<String> hp = homeProgram(planOf("outpatient",
                "{ \"code\": \"I50.32\", \"category\": \"cardiac\", \"onset\": \"2026-06-01\" }",
                "{ \"area\": \"endurance\" }, { \"area\": \"walk-150-feet\", \"level\": 4 }"));
        assertEquals(1, hp.stream().filter(t -> t.contains("alk")).count(), hp.toString());
        assertTrue(hp.stream().anyMatch(t -> t.startsWith("Walk at home several times a day")), hp.toString());
        assertFalse(hp.stream().anyMatch(t -> t.contains("adding time as tolerated")), hp.toString());
    }

    @Test
    void besideCardiacRehabilitationWalkingFollowsTheProgramme() {
        List<String> hp = homeProgram(planOf("outpatient",
                "{ \"code\": \"I21.4\", \"category\": \"cardiac\", \"onset\": \"2026-10-01\" }",
                "{ \"area\": \"walk-150-feet\", \"level\": 4 }"));
        assertTrue(hp.stream().anyMatch(t -> t.contains("only as the cardiac rehabilitation programme prescribes it")), hp.toString());
        assertFalse(hp.stream().anyMatch(t -> t.contains("adding distance as set")), hp.toString());
    }

    @Test
    void anUnscoredEnduranceGoalNamesTheSixMinuteWalkAndFiftyMetres() {
        CarePlan p = planOf("outpatient", "{ \"code\": \"I50.21\", \"category\": \"cardiac\", \"onset\": \"2026-10-20\" }",
                "{ \"area\": \"endurance\" }");
        var goal = p.goals().stream().filter(g -> g.area().equals("endurance")).findFirst().orElseThrow();
        String base = goal.baseline().words();
        assertTrue(base.contains("six-minute walk distance in metres"), base);
        // the 50 m is the target's now (stop 32 leftover: it stood only in the baseline)
        assertTrue(goal.target().words().contains("at least 50 m more"), goal.target().words());
    }
}
